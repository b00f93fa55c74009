package vn.parcomms.catalog.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.ChannelView;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * The catalogues of channels and indicators: every signed-in user reads them; an ADMIN adds and
 * changes the entries of their own province. Shared entries (no owner) are read-only for everyone.
 * The service makes every check; the URL rules and hidden buttons are only a first fence.
 */
@Controller
@RequestMapping("/catalog")
class CatalogController {

    private static final String CHANNELS = "/catalog/channels";
    private static final String INDICATORS = "/catalog/indicators";

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("channels", catalog.channels(user));
        model.addAttribute("indicators", catalog.indicators(user));
        model.addAttribute("mayChange", catalog.mayChange(user));
        // The installation's operator keeps the shared entries, which are read-only for a province.
        model.addAttribute("sharedEditable", user.isOperator());
        return "catalog/list";
    }

    // ---------------------------------------------------------------- channels

    @GetMapping("/channels/new")
    String newChannel(CurrentUser admin, Model model) {
        catalog.requireMayChange(admin);
        ChannelForm form = new ChannelForm();
        form.setPosition(catalog.channels(admin).stream().mapToInt(ChannelView::position).max().orElse(0) + 10);
        return channelForm(form, null, model);
    }

    @PostMapping("/channels")
    String createChannel(CurrentUser admin, @Valid @ModelAttribute("form") ChannelForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        if (result.hasErrors()) {
            return channelForm(form, null, model);
        }
        try {
            catalog.createChannel(admin, form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return channelForm(form, null, model);
        }
        Flash.success(redirect, "catalog.created", form.getName());
        return "redirect:/catalog";
    }

    @GetMapping("/channels/{id}/edit")
    String editChannel(CurrentUser admin, @PathVariable long id, Model model, RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        try {
            return channelForm(ChannelForm.of(catalog.channelToEdit(admin, id)), id, model);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/catalog";
        }
    }

    @PostMapping("/channels/{id}")
    String updateChannel(CurrentUser admin, @PathVariable long id, @Valid @ModelAttribute("form") ChannelForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        if (result.hasErrors()) {
            return channelForm(form, id, model);
        }
        try {
            catalog.updateChannel(admin, id, form.getVersion(), form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return channelForm(form, id, model);
        }
        Flash.success(redirect, "catalog.saved", form.getName());
        return "redirect:/catalog";
    }

    @PostMapping("/channels/{id}/deactivate")
    String deactivateChannel(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        return setChannelActive(admin, id, version, false, redirect);
    }

    @PostMapping("/channels/{id}/activate")
    String activateChannel(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        return setChannelActive(admin, id, version, true, redirect);
    }

    private String setChannelActive(CurrentUser admin, long id, long version, boolean active,
            RedirectAttributes redirect) {
        String name = catalog.channel(admin, id).name();
        try {
            catalog.setChannelActive(admin, id, version, active);
            Flash.success(redirect, active ? "catalog.activated" : "catalog.deactivated", name);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/catalog";
    }

    private static String channelForm(ChannelForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("entryId", id);
        model.addAttribute("kind", "channel");
        model.addAttribute("headingKey", id == null ? "catalog.channel.new" : "catalog.channel.edit");
        model.addAttribute("action", id == null ? CHANNELS : CHANNELS + "/" + id);
        return "catalog/form";
    }

    // ---------------------------------------------------------------- indicators

    @GetMapping("/indicators/new")
    String newIndicator(CurrentUser admin, Model model) {
        catalog.requireMayChange(admin);
        IndicatorForm form = new IndicatorForm();
        form.setPosition(catalog.indicators(admin).stream().mapToInt(IndicatorView::position).max().orElse(0) + 10);
        return indicatorForm(form, null, model);
    }

    @PostMapping("/indicators")
    String createIndicator(CurrentUser admin, @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        if (result.hasErrors()) {
            return indicatorForm(form, null, model);
        }
        try {
            catalog.createIndicator(admin, form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return indicatorForm(form, null, model);
        }
        Flash.success(redirect, "catalog.created", form.getName());
        return "redirect:/catalog";
    }

    @GetMapping("/indicators/{id}/edit")
    String editIndicator(CurrentUser admin, @PathVariable long id, Model model, RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        try {
            return indicatorForm(IndicatorForm.of(catalog.indicatorToEdit(admin, id)), id, model);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/catalog";
        }
    }

    @PostMapping("/indicators/{id}")
    String updateIndicator(CurrentUser admin, @PathVariable long id,
            @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        if (result.hasErrors()) {
            return indicatorForm(form, id, model);
        }
        try {
            catalog.updateIndicator(admin, id, form.getVersion(), form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return indicatorForm(form, id, model);
        }
        Flash.success(redirect, "catalog.saved", form.getName());
        return "redirect:/catalog";
    }

    @PostMapping("/indicators/{id}/deactivate")
    String deactivateIndicator(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        return setIndicatorActive(admin, id, version, false, redirect);
    }

    @PostMapping("/indicators/{id}/activate")
    String activateIndicator(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        catalog.requireMayChange(admin);
        return setIndicatorActive(admin, id, version, true, redirect);
    }

    private String setIndicatorActive(CurrentUser admin, long id, long version, boolean active,
            RedirectAttributes redirect) {
        String name = catalog.indicator(admin, id).name();
        try {
            catalog.setIndicatorActive(admin, id, version, active);
            Flash.success(redirect, active ? "catalog.activated" : "catalog.deactivated", name);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/catalog";
    }

    private static String indicatorForm(IndicatorForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("entryId", id);
        model.addAttribute("kind", "indicator");
        model.addAttribute("headingKey", id == null ? "catalog.indicator.new" : "catalog.indicator.edit");
        model.addAttribute("action", id == null ? INDICATORS : INDICATORS + "/" + id);
        return "catalog/form";
    }
}
