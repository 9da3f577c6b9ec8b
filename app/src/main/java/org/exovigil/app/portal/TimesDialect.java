package org.exovigil.app.portal;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives templates {@link TimeText} as {@code #times}, beside Thymeleaf's own {@code #temporals} that it replaces. An
 * expression object rather than a bean reference ({@code @timeText}): Thymeleaf 3.1 refuses bean references in
 * {@code th:utext}, and a moment is markup ({@code <time>}) that only {@code th:utext} writes.
 */
@Component
class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final TimeText times;

    TimesDialect(TimeText times) {
        super("exovigil-times");
        this.times = times;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("times");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return times;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
