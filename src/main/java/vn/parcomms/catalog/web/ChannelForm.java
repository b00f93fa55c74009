package vn.parcomms.catalog.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.parcomms.catalog.CatalogEntryCommand;
import vn.parcomms.catalog.ChannelView;

/** A channel as the form edits it; the code is fixed once created (plans and reports refer to it). */
@Data
class ChannelForm {

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9._-]*")
    private String code;

    @NotBlank
    @Size(max = 255)
    private String name;

    @Size(max = 255)
    private String nameEn;

    @NotNull
    @PositiveOrZero
    @Max(100_000)
    private Integer position;

    private long version;

    static ChannelForm of(ChannelView channel) {
        ChannelForm form = new ChannelForm();
        form.setCode(channel.code());
        form.setName(channel.name());
        form.setNameEn(channel.nameEn());
        form.setPosition(channel.position());
        form.setVersion(channel.version());
        return form;
    }

    CatalogEntryCommand toCommand() {
        return new CatalogEntryCommand(code, name, nameEn, null, position);
    }
}
