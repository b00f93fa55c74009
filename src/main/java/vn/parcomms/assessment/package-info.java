/**
 * The PAR INDEX self-assessment of the communication criterion for a node and year (issue 5
 * point 4): plan issued on time, share of the plan carried out, periodic reports on time, each
 * point with its evidence. The thresholds are data per province and year ({@code par_index_rule}),
 * computed on read from the plans and the rollup.
 */
package vn.parcomms.assessment;
