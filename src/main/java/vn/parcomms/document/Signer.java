package vn.parcomms.document;

import java.util.List;
import java.util.Objects;

/**
 * The signature block.
 *
 * @param authority lines above the signature, e.g. ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"] or ["GIÁM ĐỐC"]
 * @param name      the signer's full name
 */
public record Signer(List<String> authority, String name) {

    public Signer {
        authority = List.copyOf(authority);
        Objects.requireNonNull(name, "name");
        if (authority.isEmpty()) {
            throw new IllegalArgumentException("a signer signs under an authority line");
        }
    }
}
