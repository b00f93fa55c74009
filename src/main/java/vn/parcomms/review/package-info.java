/**
 * Review: the Home Affairs (REVIEWER) view of the province: every agency with its plan status and
 * its consolidated reports per period, and province totals per indicator. Computed on read with a
 * fixed number of SQL statements scoped by the province's organisation path.
 */
package vn.parcomms.review;
