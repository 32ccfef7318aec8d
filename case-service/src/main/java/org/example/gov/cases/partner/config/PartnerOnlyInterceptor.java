package org.example.gov.cases.partner.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Front-end tokens (APPLICANT, CLERK...) get 403 on /api/partner/** before anything else is looked at: the
 * controllers' @PreAuthorize only runs after the body was read and validated, which would answer them 400 first.
 */
class PartnerOnlyInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean partner = auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_PARTNER".equals(a.getAuthority()));
        if (!partner) {
            throw new AccessDeniedException("/api/partner is for partner cities (role PARTNER)");
        }
        return true;
    }
}
