/**
 * Rollups: the office dashboard of a plan and period (completeness and timeliness of the unit
 * reports, indicator totals against targets, plan completion) and its XLSX/CSV exports. Always
 * computed on read from the reports, never stored.
 */
package vn.parcomms.rollup;
