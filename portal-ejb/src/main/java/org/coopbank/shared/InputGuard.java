package org.coopbank.shared;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;

/**
 * Guards every public method of a service before its body runs, so bad input is answered at once and never computed:
 * a {@code null} argument is a validation error (unless the parameter is {@link Nullable}), and a {@link BigDecimal}
 * beyond {@link #HARD_LIMIT} in size or with more than {@link #MAX_DECIMALS} decimals (e.g. {@code 1E+100000000},
 * {@code 1E-100000000}) is refused before anything scales or multiplies it. The services then check their own
 * bounds (configured limits, paise, rate decimals) with {@link Validation}.
 */
public class InputGuard {

    /** Nothing a service takes may be this large: well below NUMERIC(15,2)'s 10^13. */
    public static final BigDecimal HARD_LIMIT = new BigDecimal("1000000000000");
    public static final int MAX_DECIMALS = 6;

    @AroundInvoke
    public Object guard(InvocationContext ctx) throws Exception {
        Method m = ctx.getMethod();
        Object[] args = ctx.getParameters();
        Parameter[] params = m.getParameters();
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            String name = params[i].isNamePresent() ? params[i].getName() : "argument " + (i + 1);
            if (arg == null) {
                if (!params[i].getType().isPrimitive() && !params[i].isAnnotationPresent(Nullable.class)) {
                    throw new ValidationFailedException(name, "is required");
                }
            } else if (arg instanceof BigDecimal d) {
                checkSize(name, d);
            }
        }
        return ctx.proceed();
    }

    /** Cheap checks only: compareTo looks at the exponents first; stripping zeros of a short number is short. */
    public static void checkSize(String field, BigDecimal d) {
        if (d.abs().compareTo(HARD_LIMIT) > 0) {
            throw new ValidationFailedException(field, "is too large");
        }
        if (d.scale() > MAX_DECIMALS && (d.precision() > 40 || d.stripTrailingZeros().scale() > MAX_DECIMALS)) {
            throw new ValidationFailedException(field, "has too many decimal places");
        }
    }
}
