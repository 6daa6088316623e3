package org.initlab.init;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each initializer's formula is stated once (its FORMULA) and the catalogue and describe() render it from there. */
class FormulaStatedOnceTest {
    @Test
    void theCatalogueShowsEachInitializersOwnFormula() {
        for (Initializers.Entry e : Initializers.entries()) {
            Initializer init = Initializers.byName(e.name());
            if (init instanceof Lsuv) {
                continue; // its formula is its algorithm, stated in the catalogue
            }
            assertThat(e.formula()).as(e.name()).startsWith(init.formula());
            assertThat(init.formula()).as(e.name() + " states a formula, not just its name").isNotEqualTo(e.name());
        }
    }

    @Test
    void describeFillsTheParametersIntoTheFormula() {
        assertThat(Initializers.byName("normal:std=0.01").describe()).isEqualTo("N(0, 0.01²), std 0.01");
        assertThat(Initializers.byName("uniform:low=-0.5,high=2").describe()).isEqualTo("U(-0.5, 2)");
        assertThat(Initializers.byName("truncated-normal:std=0.2").describe())
                .isEqualTo("N(0, 0.2²) redrawn outside 0 ± 2·0.2");
        assertThat(Initializers.byName("constant:value=0.25").describe()).isEqualTo("W = 0.25 everywhere");
        assertThat(Initializers.byName("zeros").describe()).isEqualTo("W = 0 everywhere");
        assertThat(Initializers.byName("xavier-normal:gain=tanh").describe())
                .isEqualTo("N(0, std²) with std = gain·√(2/(fanIn+fanOut)), gain = 1.667");
        assertThat(Initializers.byName("he-normal:slope=0.2,mode=fan-out").describe())
                .isEqualTo("N(0, std²) with std = gain/√fan, gain = √(2/(1+a²)), a = 0.2, fan = fan-out");
        assertThat(Initializers.byName("variance-scaling:scale=2,mode=fan-avg,distribution=uniform").describe())
                .isEqualTo("uniform with variance 2/fan-avg");
        assertThat(Initializers.byName("sparse:fraction=0.5").describe())
                .isEqualTo("per unit, ⌈0.5·fanIn⌉ zeros, the rest N(0, std²) with std = 0.01");
    }

    @Test
    void renderReplacesWholeNamesOnly() {
        assertThat(Formula.render("N(mean, std²) with stdev", "std", 0.5, "mean", 1))
                .isEqualTo("N(1, 0.5²) with stdev");
        assertThat(Formula.render("fanIn·fan", "fan", 3)).isEqualTo("fanIn·3");
    }
}
