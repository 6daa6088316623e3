package org.initlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.initlab.init.HeNormal;
import org.initlab.init.FanMode;
import org.initlab.init.Initializer;
import org.junit.jupiter.api.Test;

/** Each criterion of the initializer check shown able to fail on its own, the others passing. */
class InitializerCheckCriteriaTest {
    /** He normal shifted by a quarter of its std: same variance and shape, wrong mean. */
    public static final class Shifted implements Initializer {
        @Override
        public void fill(double[] w, int fanIn, int fanOut, RandomGenerator random) {
            double std = Math.sqrt(2.0 / fanIn);
            for (int i = 0; i < fanIn * fanOut; i++) {
                w[i] = std * (random.nextGaussian() + 0.25);
            }
        }
    }

    private static Map<String, Boolean> verdicts(Initializer student) {
        List<Criterion> all = InitializerCheck.check(student, new HeNormal(FanMode.FAN_IN, 0));
        return all.stream().collect(Collectors.toMap(Criterion::name, Criterion::passed));
    }

    @Test
    void aShiftedMeanFailsTheMeanCriterion() {
        Map<String, Boolean> v = verdicts(new Shifted());
        assertThat(v.get("mean")).isFalse();
        assertThat(v.get("deterministic for a seed")).isTrue();
        assertThat(v.get("variance")).as("the spread is right").isTrue();
    }

    @Test
    void theReferenceItselfPassesEveryCriterion() {
        assertThat(verdicts(new HeNormal(FanMode.FAN_IN, 0)).values()).containsOnly(true);
    }
}
