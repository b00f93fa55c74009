package vn.parcomms.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;
import vn.parcomms.account.UserCommand;
import vn.parcomms.account.UserView;
import vn.parcomms.shared.security.Role;

@Data
class UserForm {

    @NotBlank
    @Size(max = 60)
    private String username;

    @NotBlank
    @Size(max = UserCommand.FULL_NAME_MAX_LENGTH)
    private String fullName;

    @Email
    @Size(max = UserCommand.EMAIL_MAX_LENGTH)
    private String email;

    @NotNull
    private Long orgNodeId;

    @NotNull
    private Role role;

    /** Only when creating: the first password, which the user should change. */
    @Size(max = 128)
    private String password;

    private long version;

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setFullName(user.fullName());
        form.setEmail(user.email());
        form.setOrgNodeId(user.orgNodeId());
        form.setRole(user.role());
        form.setVersion(user.version());
        return form;
    }

    UserCommand toCommand() {
        return new UserCommand(username, fullName, email, orgNodeId, role);
    }
}
