package org.initlab.theory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Illinois false-position root finder: accuracy, exact ends, refusal of an unbracketed interval, speed. */
class RootsTest {
    @Test
    void findsSquareRootOfTwoToTheTolerance() {
        assertThat(Roots.bracketed(x -> x * x - 2, 0, 2, 1e-12)).isCloseTo(Math.sqrt(2), within(1e-11));
        // decreasing function: the sign change goes the other way
        assertThat(Roots.bracketed(x -> 2 - x * x, 0, 2, 1e-12)).isCloseTo(Math.sqrt(2), within(1e-11));
    }

    @Test
    void aSteepConvexFunctionConvergesInFewEvaluationsThanksToTheIllinoisHalving() {
        // plain false position keeps the right end forever on x¹⁰ − 0.5 and crawls;
        // Illinois halves the kept end's value
        AtomicInteger calls = new AtomicInteger();
        double root = Roots.bracketed(x -> {
            calls.incrementAndGet();
            return Math.pow(x, 10) - 0.5;
        }, 0, 2, 1e-12);
        assertThat(root).isCloseTo(Math.pow(0.5, 0.1), within(1e-11));
        assertThat(calls.get()).isLessThan(60);
        calls.set(0);
        double mirrored = Roots.bracketed(x -> {
            calls.incrementAndGet();
            return 0.5 - Math.pow(-x, 10);
        }, -2, 0, 1e-12);
        assertThat(mirrored).isCloseTo(-Math.pow(0.5, 0.1), within(1e-11));
        assertThat(calls.get()).isLessThan(60);
    }

    @Test
    void anEndWhereTheFunctionIsZeroIsReturnedAsIs() {
        assertThat(Roots.bracketed(x -> x - 1, 1, 5, 1e-9)).isEqualTo(1.0);
        assertThat(Roots.bracketed(x -> x - 5, 1, 5, 1e-9)).isEqualTo(5.0);
        // the chord hits the root exactly: x − 2 on [1, 3] crosses at the first chord point
        assertThat(Roots.bracketed(x -> x - 2, 1, 3, 1e-9)).isEqualTo(2.0);
    }

    @Test
    void refusesAnIntervalWithoutASignChangeNamingBothValues() {
        assertThatThrownBy(() -> Roots.bracketed(x -> x * x + 1, -1, 2, 1e-9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("g(-1.0) = 2.0").hasMessageContaining("g(2.0) = 5.0");
    }
}
