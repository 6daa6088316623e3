package org.initlab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Sizes checked before allocating: array lengths, heap budget, and the sizes printed in their messages. */
class MemoryBudgetTest {
    private static final int LARGEST_ARRAY = Integer.MAX_VALUE - 8;

    @Test
    void anArrayLengthIsTheProductUpToTheLargestJavaArray() {
        assertThat(MemoryBudget.arrayLength(3, 4, "w")).isEqualTo(12);
        assertThat(MemoryBudget.arrayLength(0, Long.MAX_VALUE, "w")).isZero();
        assertThat(MemoryBudget.arrayLength(1, LARGEST_ARRAY, "w")).isEqualTo(LARGEST_ARRAY);
        assertThatThrownBy(() -> MemoryBudget.arrayLength(1, LARGEST_ARRAY + 1L, "w"))
                .hasMessage("w is 1 × 2147483640 = 2147483640 numbers; at most 2147483639 fit in one array, "
                        + "so make it smaller");
        assertThatThrownBy(() -> MemoryBudget.arrayLength(65536, 65536, "the weight matrix"))
                .hasMessage("the weight matrix is 65536 × 65536 = 4294967296 numbers; at most 2147483639 fit in one "
                        + "array, so make it smaller");
    }

    @Test
    void aProductThatWrapsAroundALongIsNamedAsSuch() {
        // 2³² · 2³² wraps to 0 in a long
        assertThatThrownBy(() -> MemoryBudget.arrayLength(1L << 32, 1L << 32, "x"))
                .hasMessage("x is 4294967296 × 4294967296 = more than 2⁶³ numbers; at most 2147483639 fit in one "
                        + "array, so make it smaller");
    }

    @Test
    void negativeFactorsAreRefused() {
        assertThatThrownBy(() -> MemoryBudget.arrayLength(-1, 2, "x"))
                .hasMessageStartingWith("x is -1 × 2 = -2 numbers");
        assertThatThrownBy(() -> MemoryBudget.arrayLength(2, -1, "x"))
                .hasMessageStartingWith("x is 2 × -1 = -2 numbers");
        assertThatThrownBy(() -> MemoryBudget.arrayLength(0, -1, "x")).hasMessageStartingWith("x is 0 × -1 = ");
    }

    @Test
    void smallRequestsFitAndTheWholeHeapDoesNot() {
        assertThatCode(() -> MemoryBudget.requireDoubles(0, "nothing")).doesNotThrowAnyException();
        assertThatCode(() -> MemoryBudget.requireDoubles(1000, "a little")).doesNotThrowAnyException();
        long wholeHeap = Runtime.getRuntime().maxMemory() / 8 + 1;
        assertThatThrownBy(() -> MemoryBudget.requireDoubles(wholeHeap, "everything"))
                .hasMessageStartingWith("everything needs about ")
                .hasMessageContaining(" of memory but Java may use only "
                        + MemoryBudget.bytes(Runtime.getRuntime().maxMemory()) + " here (");
    }

    @Test
    void aRefusalSuggestsOneAndAHalfTimesTheNeedPlusOneGigabyte() {
        // 2⁴⁰ doubles = 8 TiB = 8192 GiB; ⌈8192 · 1.5⌉ + 1 = 12289
        assertThatThrownBy(() -> MemoryBudget.requireDoubles(1L << 40, "the grid"))
                .hasMessageStartingWith("the grid needs about 8192.0 GB of memory but Java may use only ")
                .hasMessageEndingWith("free); make it smaller, or give Java more, e.g. "
                        + "INITLAB_JAVA_OPTS=-Xmx12289g ./initlab ...");
    }

    @Test
    void aNegativeCountIsRefusedAsTheLargestSize() {
        assertThatThrownBy(() -> MemoryBudget.requireDoubles(-1, "odd"))
                .hasMessageStartingWith("odd needs about " + MemoryBudget.bytes(Long.MAX_VALUE) + " of memory");
        assertThatThrownBy(() -> MemoryBudget.requireDoubles(Long.MAX_VALUE / 4, "huge"))
                .hasMessageStartingWith("huge needs about 8589934592.0 GB of memory");
    }

    @Test
    void sizesPrintInTheLargestUnitTheyReach() {
        assertThat(MemoryBudget.bytes(0)).isEqualTo("1 KB");
        assertThat(MemoryBudget.bytes(5 << 10)).isEqualTo("5 KB");
        assertThat(MemoryBudget.bytes((1 << 20) - 1)).isEqualTo("1023 KB");
        assertThat(MemoryBudget.bytes(1 << 20)).isEqualTo("1 MB");
        assertThat(MemoryBudget.bytes(800L << 20)).isEqualTo("800 MB");
        assertThat(MemoryBudget.bytes((1L << 30) - 1)).isEqualTo("1023 MB");
        assertThat(MemoryBudget.bytes(1L << 30)).isEqualTo("1.0 GB");
        assertThat(MemoryBudget.bytes(1536L << 20)).isEqualTo("1.5 GB");
    }

    @Test
    void anEscapedOutOfMemoryErrorNamesTheLimitAndTheFix() {
        assertThat(MemoryBudget.outOfMemoryMessage())
                .isEqualTo("out of memory: Java may use at most " + MemoryBudget.bytes(Runtime.getRuntime().maxMemory())
                        + " here; make the run smaller (--width, --size, --limit, --batch) or give Java more, e.g. "
                        + "INITLAB_JAVA_OPTS=-Xmx4g ./initlab ...");
    }
}
