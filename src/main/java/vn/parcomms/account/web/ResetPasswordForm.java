package vn.parcomms.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
class ResetPasswordForm {

    @NotBlank
    @Size(max = 128)
    private String newPassword;

    private long version;
}
