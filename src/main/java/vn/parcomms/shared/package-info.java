/**
 * Building blocks every module may use: domain exceptions, the signed-in user, web plumbing,
 * the embedded database of the default run.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.parcomms.shared;

import org.springframework.modulith.ApplicationModule;
