package vn.parcomms.installation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.parcomms.installation.NewProvince;

@Data
class ProvinceForm {

    @NotBlank
    @Size(max = 255)
    private String name;

    @NotBlank
    @Size(max = 30)
    private String code;

    @NotBlank
    @Size(max = 60)
    private String adminUsername;

    @NotBlank
    @Size(max = 160)
    private String adminFullName;

    @NotBlank
    private String adminPassword;

    @NotBlank
    private String confirmPassword;

    NewProvince toCommand() {
        return new NewProvince(code, name.trim(), adminUsername, adminFullName, adminPassword);
    }
}
