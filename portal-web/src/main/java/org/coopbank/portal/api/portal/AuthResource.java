package org.coopbank.portal.api.portal;

import org.coopbank.customer.CustomerService;
import org.coopbank.security.access.InvalidCodeException;
import org.coopbank.security.access.PortalAccess;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import org.coopbank.portal.api.ApiCustomer;
import org.coopbank.portal.api.Problem;
import org.coopbank.portal.api.PublicEndpoint;
import org.coopbank.portal.api.RestApplication;
import org.coopbank.security.SignInGuard;
import org.coopbank.security.Verdict;
import org.coopbank.security.token.ApiSignIn;
import org.coopbank.shared.BusinessClock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sign-in and sign-out of the customer API. Sign-in goes through the portal's own throttle ({@link ApiSignIn}); every
 * way of signing in answers with {@link #issued}. OTP sign-in: {@code /otp/request} sends a code through
 * {@link PortalAccess} (same answer for any mobile), {@code /otp/verify} checks it (PortalAccess's throttle and
 * single use) and issues a token.
 */
@Path("/portal/auth")
@RequestScoped
@Tag(name = "sign-in", description = "Bearer tokens: sign in, sign out")
public class AuthResource {

    static final String WRONG = "Mobile number or password is not correct.";

    @Inject
    ApiSignIn signIn;

    @Inject
    SignInGuard guard;

    @Inject
    ApiCustomer customer;

    @Inject
    BusinessClock clock;

    @Inject
    PortalAccess access;

    @Inject
    CustomerService customers;

    @Context
    HttpServletRequest http;

    @POST
    @Path("/login")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with the login mobile and password",
            description = "Shares the portal page's sign-in throttle. Staff credentials never work here.")
    @APIResponse(responseCode = "200", description = "Signed in: a bearer token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong mobile or password (the same answer for an unknown mobile)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed attempts: wait Retry-After seconds",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response login(LoginRequest body) {
        ApiSignIn.Result r = signIn.withPassword(body == null ? null : body.mobile(), body == null ? null : body.password(),
                address(), http.getHeader(HttpHeaders.USER_AGENT));
        return switch (r.outcome()) {
            case SIGNED_IN -> issued(r);
            case THROTTLED -> refused(429, "Too many sign-in attempts", r.verdict().message(), r.verdict());
            case WRONG_CREDENTIALS -> refused(401, "Sign-in failed",
                    r.verdict().allowed() ? WRONG : WRONG + " " + r.verdict().message(), r.verdict());
        };
    }

    @POST
    @Path("/otp/request")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a one-time sign-in code by SMS",
            description = "The same answer whether the mobile is registered or not; throttled per mobile and address.")
    @APIResponse(responseCode = "202", description = "If the mobile has portal access, a 6-digit code is on its way (5 minutes, single use)")
    @APIResponse(responseCode = "429", description = "Too many codes asked for: wait",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response requestOtp(OtpRequest body) {
        access.requestLoginOtp(body == null ? null : body.mobile(), address());
        return Response.accepted().build();
    }

    @POST
    @Path("/otp/verify")
    @PublicEndpoint
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with the one-time code", description = "A right code gives a bearer token, as a password does.")
    @APIResponse(responseCode = "200", description = "Signed in: a bearer token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "The code is not correct or has expired",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many wrong codes: wait",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response verifyOtp(OtpVerify body) {
        String mobile = body == null || body.mobile() == null ? "" : body.mobile().trim();
        try {
            access.verifyLoginOtp(mobile, body == null ? null : body.code(), address());
        } catch (InvalidCodeException wrong) {
            return refused(401, "Sign-in failed", wrong.getMessage(), Verdict.ALLOWED);
        }
        access.consumeTicket(mobile); // the page's ticket is not needed: the API answers with its own token
        long customerId = customers.findByLoginMobile(mobile).orElseThrow().id();
        return issued(signIn.signedIn(customerId, mobile, address(), http.getHeader(HttpHeaders.USER_AGENT)));
    }

    /** {@code {"mobile": "…"}} */
    public record OtpRequest(@Schema(example = "9876500001") String mobile) {
    }

    /** {@code {"mobile": "…", "code": "123456"}} */
    public record OtpVerify(@Schema(example = "9876500001") String mobile, @Schema(example = "123456") String code) {
    }

    @POST
    @Path("/logout")
    @SecurityRequirement(name = RestApplication.BEARER)
    @Operation(summary = "Sign out: the presented token is revoked")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response logout() {
        signIn.signOut(customer.actor(), customer.token(), address(), http.getHeader(HttpHeaders.USER_AGENT));
        return Response.noContent().build();
    }

    /** The answer to every successful sign-in (password now, OTP later). */
    Response issued(ApiSignIn.Result r) {
        long seconds = Math.max(0, Duration.between(clock.now(), r.token().expiresAt()).getSeconds());
        return Response.ok(new TokenResponse(r.token().token(), "Bearer", r.token().expiresAt(), seconds))
                .type(MediaType.APPLICATION_JSON).build();
    }

    private static Response refused(int status, String title, String detail, Verdict verdict) {
        Response.ResponseBuilder b = Response.fromResponse(new Problem(
                "urn:coopbank:problem:" + (status == 429 ? "sign-in-throttled" : "sign-in-failed"), title, status, detail,
                null).toResponse());
        if (!verdict.allowed()) {
            b.header(HttpHeaders.RETRY_AFTER, Math.max(1, verdict.retryAfterSeconds()));
        }
        if (status == 401) {
            b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"coopbank\"");
        }
        return b.build();
    }

    private String address() {
        return guard.clientAddress(http.getRemoteAddr(), http.getHeader("X-Forwarded-For"));
    }
}
