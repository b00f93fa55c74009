package vn.parcomms.account.web;

import jakarta.validation.constraints.NotBlank;
import lombok.Data;

@Data
class PasswordForm {

    @NotBlank
    private String currentPassword;

    @NotBlank
    private String newPassword;

    @NotBlank
    private String confirmPassword;
}
