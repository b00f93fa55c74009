/**
 * The read-only JSON API under {@code /api/v1/}: plans, reporting periods and rollups for scripts
 * and other systems. It holds no rules of its own: every endpoint calls the same services as the
 * pages, which check the user's scope, and maps their records to JSON (docs/api.md).
 */
package vn.parcomms.api;
