package org.example.gov.platform.security;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks an operation's {@code @PreAuthorize} role rule before its request body and parameters are read. Method
 * security itself runs only when the controller method is invoked, after Spring MVC has parsed and validated the
 * body: a caller without the role would get 400 for a bad body and learn the request's shape, and the authorization
 * matrix could not tell "wrong role" from "bad input". Expressions that look at the arguments ({@code #id}) are left
 * to method security, which still runs as before.
 */
final class RoleCheckBeforeBinding implements HandlerInterceptor {

    private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
    private final SpelExpressionParser parser = new SpelExpressionParser();
    /** Each handler's rule, parsed once (this runs on every request); empty = nothing to check early. */
    private final Map<Method, Optional<Rule>> rules = new ConcurrentHashMap<>();

    private record Rule(String text, Expression expression) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Rule rule = rules.computeIfAbsent(method.getMethod(), m -> ruleOf(method)).orElse(null);
        if (rule == null) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return true; // not behind the security filter chain (a test slice): method security decides
        }
        MethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
        if (!ExpressionUtils.evaluateAsBoolean(rule.expression(),
                expressions.createEvaluationContext(() -> authentication, invocation))) {
            if (authentication instanceof AnonymousAuthenticationToken) { // a public path, but this operation needs a login
                throw new InsufficientAuthenticationException("Denied by " + rule.text());
            }
            throw new AccessDeniedException("Denied by " + rule.text());
        }
        return true;
    }

    private Optional<Rule> ruleOf(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        if (rule == null || rule.value().contains("#")) {
            return Optional.empty();
        }
        return Optional.of(new Rule(rule.value(), parser.parseExpression(rule.value())));
    }
}
