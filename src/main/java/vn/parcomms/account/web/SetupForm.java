package vn.parcomms.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
class SetupForm {

    @NotBlank
    @Size(max = 40)
    private String setupCode;

    @NotBlank
    @Size(max = 30)
    private String provinceCode;

    @NotBlank
    @Size(max = 255)
    private String provinceName;

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = 255)
    private String fullName;

    @NotBlank
    private String password;

    @NotBlank
    private String confirmPassword;

    @NotBlank
    @Size(max = 60)
    private String operatorUsername;

    @NotBlank
    private String operatorPassword;

    @NotBlank
    private String operatorConfirmPassword;
}
