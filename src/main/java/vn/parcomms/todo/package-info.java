/**
 * The to-do list of each role on the home page, computed on read from the owning modules'
 * public read APIs (plans, unit reports, consolidated reports, agencies' timeliness); no table
 * of its own.
 */
package vn.parcomms.todo;
