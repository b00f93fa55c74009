package vn.parcomms.account.web;

import jakarta.validation.constraints.NotBlank;
import lombok.Data;

@Data
class ResetPasswordForm {

    @NotBlank
    private String newPassword;

    private long version;
}
