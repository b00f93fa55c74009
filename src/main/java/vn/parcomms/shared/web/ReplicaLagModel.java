package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;
import vn.parcomms.shared.database.ReplicaLag;

/**
 * {@code replicaLag} for the pages of {@link ReplicaPages} controllers: the replica's status when a
 * replica is configured, nothing otherwise (the layout then shows no notice). Asked only once the
 * handler has chosen a view to render: an export (a CSV, XLSX or PDF body), a JSON answer or a
 * redirect has no layout to show the notice in, so it does not pay for the replica's query.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaLagModel implements HandlerInterceptor, WebMvcConfigurer {

    private final ObjectProvider<ReplicaLag> replicaLag;

    ReplicaLagModel(ObjectProvider<ReplicaLag> replicaLag) {
        this.replicaLag = replicaLag;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || !rendersAPage(view) || !(handler instanceof HandlerMethod method)
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ReplicaPages.class)) {
            return;
        }
        ReplicaLag lag = replicaLag.getIfAvailable();
        if (lag != null) {
            view.addObject("replicaLag", lag.status());
        }
    }

    private static boolean rendersAPage(ModelAndView view) {
        String name = view.getViewName();
        if (name != null) {
            return !name.startsWith("redirect:") && !name.startsWith("forward:");
        }
        return !(view.getView() instanceof RedirectView);
    }
}
