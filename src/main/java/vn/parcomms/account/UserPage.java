package vn.parcomms.account;

import java.util.List;

/** One page of users and the total across all pages. */
public record UserPage(List<UserView> rows, int page, int pageSize, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
