package vn.parcomms.orgimport;

import java.util.List;
import vn.parcomms.account.OneTimePassword;

/** What a confirmed import created; the passwords are shown once and kept nowhere. */
public record ImportResult(int nodesCreated, int usersCreated, long unchangedRows, List<OneTimePassword> passwords) {
}
