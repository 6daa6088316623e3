package org.initlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every branch of the number formats, at and on both sides of its limits, with the text worked out by hand. */
class HumanNumbersTest {
    @Test
    void valuesThatAreNoNumberAreNamed() {
        assertThat(HumanNumbers.number(Double.NaN)).isEqualTo("—");
        assertThat(HumanNumbers.number(Double.POSITIVE_INFINITY)).isEqualTo("unbounded");
        assertThat(HumanNumbers.number(Double.NEGATIVE_INFINITY)).isEqualTo("−unbounded");
    }

    @Test
    void wholeNumbersBelowOneBillionAreWrittenInFullWithSeparators() {
        assertThat(HumanNumbers.number(0)).isEqualTo("0");
        assertThat(HumanNumbers.number(-3)).isEqualTo("-3");
        assertThat(HumanNumbers.number(12345)).isEqualTo("12,345");
        assertThat(HumanNumbers.number(999_999_999)).isEqualTo("999,999,999");
        assertThat(HumanNumbers.number(-999_999_999)).isEqualTo("-999,999,999");
        // 10⁹ itself is past the limit: scientific
        assertThat(HumanNumbers.number(1e9)).isEqualTo("1 × 10⁹");
        assertThat(HumanNumbers.number(-1e9)).isEqualTo("-1 × 10⁹");
        assertThat(HumanNumbers.number(2.5e9)).isEqualTo("2.5 × 10⁹");
    }

    @Test
    void fractionsFromOneThousandthToOneHundredThousandKeepFourSignificantDigits() {
        assertThat(HumanNumbers.number(0.411)).isEqualTo("0.411");
        assertThat(HumanNumbers.number(-0.5)).isEqualTo("-0.5");
        assertThat(HumanNumbers.number(0.001)).isEqualTo("0.001");
        assertThat(HumanNumbers.number(0.0012345)).isEqualTo("0.001235");
        assertThat(HumanNumbers.number(3.14159)).isEqualTo("3.142");
        assertThat(HumanNumbers.number(120.04)).isEqualTo("120");
        assertThat(HumanNumbers.number(1234.56)).isEqualTo("1,235");
        // beyond 10⁴ four digits are still written out, never as Java's 1.235e+04
        assertThat(HumanNumbers.number(12345.6)).isEqualTo("12,350");
        assertThat(HumanNumbers.number(-12345.6)).isEqualTo("-12,350");
        assertThat(HumanNumbers.number(99995.5)).isEqualTo("100,000");
    }

    @Test
    void verySmallAndVeryLargeValuesAreWrittenAsMantissaTimesAPowerOfTen() {
        assertThat(HumanNumbers.number(1.4e-10)).isEqualTo("1.4 × 10⁻¹⁰");
        assertThat(HumanNumbers.number(-2.5e-7)).isEqualTo("-2.5 × 10⁻⁷");
        assertThat(HumanNumbers.number(0.000999)).isEqualTo("9.99 × 10⁻⁴");
        assertThat(HumanNumbers.number(123456.7)).isEqualTo("1.23 × 10⁵");
        assertThat(HumanNumbers.number(100000.5)).isEqualTo("1 × 10⁵");
        assertThat(HumanNumbers.number(1e308)).isEqualTo("1 × 10³⁰⁸");
        assertThat(HumanNumbers.number(Double.MAX_VALUE)).isEqualTo("1.8 × 10³⁰⁸");
    }

    @Test
    void aMantissaThatRoundsUpToTenMovesToTheNextPower() {
        // 9.997 has 3 significant digits 10.0: the value is written 1 × 10⁻⁴, not 10 × 10⁻⁵
        assertThat(HumanNumbers.number(9.997e-5)).isEqualTo("1 × 10⁻⁴");
        assertThat(HumanNumbers.number(9.994e-5)).isEqualTo("9.99 × 10⁻⁵");
        assertThat(HumanNumbers.number(9.9996e-4)).isEqualTo("1 × 10⁻³");
    }

    @Test
    void theSmallestDoublesKeepTheirDigits() {
        // 10⁻³²⁴ is below the smallest double: dividing by it would give Infinity × 10⁻³²⁴
        assertThat(HumanNumbers.number(Double.MIN_VALUE)).isEqualTo("4.9 × 10⁻³²⁴");
        assertThat(HumanNumbers.number(-Double.MIN_VALUE)).isEqualTo("-4.9 × 10⁻³²⁴");
        assertThat(HumanNumbers.number(2.5e-310)).isEqualTo("2.5 × 10⁻³¹⁰");
    }

    @Test
    void percentagesHaveOneDecimal() {
        assertThat(HumanNumbers.percent(0.5)).isEqualTo("50.0 %");
        assertThat(HumanNumbers.percent(0.123456)).isEqualTo("12.3 %");
        assertThat(HumanNumbers.percent(0)).isEqualTo("0.0 %");
        assertThat(HumanNumbers.percent(1)).isEqualTo("100.0 %");
        assertThat(HumanNumbers.percent(Double.NaN)).isEqualTo("—");
        assertThat(HumanNumbers.percent(Double.POSITIVE_INFINITY)).isEqualTo("unbounded");
    }

    @Test
    void aFigureIsAPercentageWhenItsNameSaysShareAndItsValueIsOne() {
        assertThat(HumanNumbers.figure("final test accuracy", 0.875)).isEqualTo("87.5 %");
        assertThat(HumanNumbers.figure("Dead Fraction", 0.25)).isEqualTo("25.0 %");
        assertThat(HumanNumbers.figure("share lost", 0.1)).isEqualTo("10.0 %");
        assertThat(HumanNumbers.figure("testAccuracy", 0)).isEqualTo("0.0 %");
        assertThat(HumanNumbers.figure("accuracy", 1)).isEqualTo("100.0 %");
        // outside 0..1 a "share" is not a share: written as the number it is
        assertThat(HumanNumbers.figure("accuracy", 1.5)).isEqualTo("1.5");
        assertThat(HumanNumbers.figure("accuracy", -0.25)).isEqualTo("-0.25");
        assertThat(HumanNumbers.figure("accuracy", Double.NaN)).isEqualTo("—");
        assertThat(HumanNumbers.figure("loss", 0.5)).isEqualTo("0.5");
        assertThat(HumanNumbers.figure("diverged at step", 3)).isEqualTo("3");
    }
}
