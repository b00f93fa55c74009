package vn.parcomms.demo;

/**
 * One part of the demo data (plans, unit reports, consolidated reports), loaded by
 * {@link DemoDataLoader} in {@code @Order} inside the one transaction of the whole demo. Each part
 * leaves alone what is already there.
 */
interface DemoStep {

    void load();
}
