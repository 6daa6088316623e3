package org.initlab.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.initlab.init.FanMode;
import org.initlab.init.HeNormal;
import org.initlab.init.HeUniform;
import org.initlab.init.Normal;
import org.initlab.init.TruncatedNormal;
import org.initlab.init.XavierNormal;
import org.junit.jupiter.api.Test;

/** One colour per initializer, one dash per activation, and tick numbers written the way people write them. */
class VisualStyleTest {
    private static final List<Color> SPARE = List.of(new Color(23, 190, 207), new Color(188, 189, 34),
            new Color(166, 118, 29), new Color(102, 102, 153), new Color(231, 41, 138), new Color(27, 158, 119));

    @Test
    void numbersBetweenAThousandthAndAHundredThousandAreWrittenPlainly() {
        assertThat(VisualStyle.number(0)).isEqualTo("0");
        assertThat(VisualStyle.number(0.5)).isEqualTo("0.5");
        assertThat(VisualStyle.number(-0.25)).isEqualTo("-0.25");
        assertThat(VisualStyle.number(2.0)).isEqualTo("2");
        assertThat(VisualStyle.number(12.3)).isEqualTo("12.3");
        assertThat(VisualStyle.number(3.14159)).as("4 significant digits").isEqualTo("3.142");
        assertThat(VisualStyle.number(999.5)).isEqualTo("999.5");
        assertThat(VisualStyle.number(999.96)).as("rounds up to a whole 1000, no dot to trim").isEqualTo("1000");
        assertThat(VisualStyle.number(0.001)).as("the smallest plain value").isEqualTo("0.001");
        assertThat(VisualStyle.number(1000)).as("thousands separated from 1000 on").isEqualTo("1,000");
        assertThat(VisualStyle.number(-2500)).isEqualTo("-2,500");
        assertThat(VisualStyle.number(99_999)).isEqualTo("99,999");
    }

    @Test
    void tinyAndHugeNumbersAreWrittenAsPowersOfTen() {
        assertThat(VisualStyle.number(1e5)).isEqualTo("10⁵");
        assertThat(VisualStyle.number(1.5e6)).isEqualTo("1.5×10⁶");
        assertThat(VisualStyle.number(1.234e7)).as("mantissa to 2 decimals").isEqualTo("1.23×10⁷");
        assertThat(VisualStyle.number(-3e8)).isEqualTo("-3×10⁸");
        assertThat(VisualStyle.number(2e-4)).isEqualTo("2×10⁻⁴");
        assertThat(VisualStyle.number(-1e-4)).isEqualTo("-10⁻⁴");
        assertThat(VisualStyle.number(-2.5e-7)).isEqualTo("-2.5×10⁻⁷");
        assertThat(VisualStyle.number(1e300)).isEqualTo("10³⁰⁰");
    }

    @Test
    void superscriptDigits() {
        assertThat(VisualStyle.superscript(0)).isEqualTo("⁰");
        assertThat(VisualStyle.superscript(7)).isEqualTo("⁷");
        assertThat(VisualStyle.superscript(-12)).isEqualTo("⁻¹²");
        assertThat(VisualStyle.superscript(305)).isEqualTo("³⁰⁵");
    }

    @Test
    void theCoursesInitializersHaveTheirFixedColours() {
        assertThat(VisualStyle.colourOf(null)).isEqualTo(new Color(110, 110, 110)).isEqualTo(VisualStyle.REFERENCE);
        assertThat(VisualStyle.colourOf("xavier-normal")).isEqualTo(new Color(0, 114, 178));
        assertThat(VisualStyle.colourOf("he-normal")).isEqualTo(new Color(213, 94, 0));
        assertThat(VisualStyle.colourOf("he-normal:mode=fan-out")).isEqualTo(new Color(240, 160, 120));
        assertThat(VisualStyle.colourOf("normal:std=0.01")).isEqualTo(new Color(140, 86, 75));
        assertThat(VisualStyle.colourOf("normal:std=1")).isEqualTo(new Color(0, 0, 0));
        assertThat(VisualStyle.colourOf("zeros")).isEqualTo(new Color(150, 150, 150));
    }

    @Test
    void aVariantTakesItsFamilysColourExceptForNormalWhoseStdMakesADifferentInit() {
        assertThat(VisualStyle.colourOf("lecun-normal:gain=2")).isEqualTo(new Color(0, 158, 115));
        assertThat(VisualStyle.colourOf("truncated-normal:std=0.5")).isEqualTo(new Color(23, 190, 207));
        assertThat(VisualStyle.colourOf("he-uniform:mode=fan-avg")).isEqualTo(new Color(230, 159, 0));
        // normal:std=0.5 is neither the small nor the large init: a spare colour, the same every time
        Color half = VisualStyle.colourOf("normal:std=0.5");
        assertThat(SPARE).contains(half);
        assertThat(VisualStyle.colourOf("normal:std=0.5")).isEqualTo(half);
    }

    @Test
    void unknownKeysGetASpareColourEvenWhenTheirHashIsNegative() {
        for (String key : List.of("my-init", "polygon", "zz", "Aa", "negative-hash-123456")) {
            assertThat(SPARE).as(key + " (hash " + key.hashCode() + ")").contains(VisualStyle.colourOf(key));
        }
        assertThat(List.of("my-init", "polygon", "zz", "Aa", "negative-hash-123456"))
                .as("at least one key with a negative hash code").anyMatch(k -> k.hashCode() < 0);
    }

    @Test
    void eachActivationHasItsDash() {
        assertThat(VisualStyle.dashOf(null)).isNull();
        assertThat(VisualStyle.dashOf("tanh")).isNull();
        assertThat(VisualStyle.dashOf("sigmoid")).containsExactly(10f, 5f);
        assertThat(VisualStyle.dashOf("relu")).containsExactly(2f, 4f);
        assertThat(VisualStyle.dashOf("leaky-relu")).containsExactly(10f, 4f, 2f, 4f);
        assertThat(VisualStyle.dashOf("elu")).containsExactly(16f, 6f);
        assertThat(VisualStyle.dashOf("selu")).containsExactly(16f, 6f);
        assertThat(VisualStyle.dashOf("gelu")).containsExactly(16f, 6f);
        assertThat(VisualStyle.dashOf("softplus")).containsExactly(6f, 3f, 6f, 8f);
    }

    @Test
    void theActivationIsReadFromTheStartOfALabel() {
        assertThat(VisualStyle.activationIn("tanh, xavier-normal")).isEqualTo("tanh");
        assertThat(VisualStyle.activationIn("leaky-relu, he-normal")).isEqualTo("leaky-relu");
        assertThat(VisualStyle.activationIn("relu")).isEqualTo("relu");
        assertThat(VisualStyle.activationIn("sigmoid net")).isEqualTo("sigmoid");
        assertThat(VisualStyle.activationIn("selu, lecun-normal")).isEqualTo("selu");
        assertThat(VisualStyle.activationIn("xavier-normal, tanh")).isNull();
        assertThat(VisualStyle.activationIn("relux")).isNull();
    }

    @Test
    void theInitializerKeyInALabelIsTheLongestKnownName() {
        assertThat(VisualStyle.initKeyIn("tanh, xavier-normal")).isEqualTo("xavier-normal");
        assertThat(VisualStyle.initKeyIn("relu, normal:std=1")).isEqualTo("normal:std=1");
        assertThat(VisualStyle.initKeyIn("tanh, lecun-uniform")).as("not just 'uniform'").isEqualTo("lecun-uniform");
        assertThat(VisualStyle.initKeyIn("uniform, then lecun-uniform")).isEqualTo("lecun-uniform");
        assertThat(VisualStyle.initKeyIn("relu, he-normal, fan-out")).isEqualTo("he-normal:mode=fan-out");
        assertThat(VisualStyle.initKeyIn("relu, he-uniform fan-out")).isEqualTo("he-uniform:mode=fan-out");
        assertThat(VisualStyle.initKeyIn("selu, lecun-normal fan-out")).isEqualTo("lecun-normal");
        assertThat(VisualStyle.initKeyIn("relu, he-uniform")).isEqualTo("he-uniform");
        assertThat(VisualStyle.initKeyIn("my own init")).isNull();
        // equally long names: the one listed first in the course's palette (Xavier before LeCun)
        assertThat(VisualStyle.initKeyIn("lecun-uniform or xavier-normal")).isEqualTo("xavier-normal");
    }

    @Test
    void theKeyOfAnInitializerNamesTheStdOfTheNormalFamilyAndFanOutHe() {
        assertThat(VisualStyle.initKey(new Normal(0, 1))).isEqualTo("normal:std=1");
        assertThat(VisualStyle.initKey(new Normal(0, 0.01))).isEqualTo("normal:std=0.01");
        // a truncated normal's actual std is 0.8796·std: the key names the std it was asked for
        assertThat(VisualStyle.initKey(new TruncatedNormal(0, 0.5, 2))).isEqualTo("truncated-normal:std=0.5");
        assertThat(VisualStyle.initKey(new HeNormal(FanMode.FAN_OUT, 0))).isEqualTo("he-normal:mode=fan-out");
        assertThat(VisualStyle.initKey(new HeUniform(FanMode.FAN_OUT, 0))).isEqualTo("he-uniform:mode=fan-out");
        assertThat(VisualStyle.initKey(new HeNormal(FanMode.FAN_IN, 0))).isEqualTo("he-normal");
        assertThat(VisualStyle.initKey(new XavierNormal(1))).isEqualTo("xavier-normal");
    }

    @Test
    void strokesFaintColoursAndFonts() {
        BasicStroke solid = VisualStyle.stroke(2.5f, null);
        assertThat(solid.getLineWidth()).isEqualTo(2.5f);
        assertThat(solid.getDashArray()).isNull();
        assertThat(solid.getEndCap()).isEqualTo(BasicStroke.CAP_ROUND);
        assertThat(solid.getLineJoin()).isEqualTo(BasicStroke.JOIN_ROUND);
        BasicStroke dashed = VisualStyle.stroke(1.5f, new float[] {10f, 5f});
        assertThat(dashed.getLineWidth()).isEqualTo(1.5f);
        assertThat(dashed.getDashArray()).containsExactly(10f, 5f);
        assertThat(dashed.getEndCap()).isEqualTo(BasicStroke.CAP_BUTT);

        assertThat(VisualStyle.faint(new Color(10, 20, 30), 0.25)).isEqualTo(new Color(10, 20, 30, 64));
        assertThat(VisualStyle.faint(new Color(10, 20, 30), 0.55).getAlpha()).as("140.25 rounds to 140")
                .isEqualTo(140);

        Font title = VisualStyle.font(18, true);
        assertThat(title.getSize()).isEqualTo(18);
        assertThat(title.isBold()).isTrue();
        assertThat(title.getName()).isEqualTo(Font.SANS_SERIF);
        assertThat(VisualStyle.font(12, false).isBold()).isFalse();
    }

    private static int width(String text, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int w = g.getFontMetrics(font).stringWidth(text);
        g.dispose();
        return w;
    }

    @Test
    void aTitleFontShrinksToTheLargestSizeThatFitsAndNoFurther() {
        String shortTitle = "tanh, zeros (50%)";
        assertThat(VisualStyle.fontToFit(shortTitle, 13, true, 290)).isEqualTo(VisualStyle.font(13, true));
        String longTitle = "tanh, zeros, full-batch GD (50%) · one class";
        Font fitted = VisualStyle.fontToFit(longTitle, 13, true, 290);
        assertThat(fitted.getSize()).isLessThan(13).isGreaterThan(9);
        assertThat(fitted.isBold()).isTrue();
        assertThat(width(longTitle, fitted)).isLessThanOrEqualTo(290);
        assertThat(width(longTitle, VisualStyle.font(fitted.getSize() + 1, true))).isGreaterThan(290);
        assertThat(VisualStyle.fontToFit(longTitle.repeat(5), 13, false, 290)).as("never below 9 points")
                .isEqualTo(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    }
}
