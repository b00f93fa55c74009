package vn.parcomms.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
class PasswordForm {

    @NotBlank
    @Size(max = 128)
    private String currentPassword;

    @NotBlank
    @Size(max = 128)
    private String newPassword;

    @NotBlank
    @Size(max = 128)
    private String confirmPassword;
}
