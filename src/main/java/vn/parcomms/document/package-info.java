/**
 * Official documents: a plan or a report as a Vietnamese administrative document
 * (Decree 30/2020/NĐ-CP), described by plain records ({@link OfficialDocument}) and rendered to
 * DOCX and PDF by {@link DocumentService}. Knows nothing of plans or reports: their modules build
 * the document model and ask for the bytes.
 */
@ApplicationModule(allowedDependencies = "shared")
package vn.parcomms.document;

import org.springframework.modulith.ApplicationModule;
