package app.caravan.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void theCpuOfAThreadThatEndedIsCountedUnderItsGroup() throws Exception {
        ThreadCpu cpu = ThreadCpu.start();
        assumeTrue(cpu != null, "no /proc/self/task on this system");
        Thread busy = new Thread(() -> spin(400), "busy-worker-with-a-long-name");
        busy.start();
        busy.join();
        Thread.sleep(2 * ThreadCpu.SAMPLE_MILLIS);
        spin(100);
        cpu.close();
        Map<String, Double> seconds = cpu.seconds("caller", Map.of("busy-worker-wit", "busy"));
        assertEquals(List.of("caller", "busy", "JIT compilers", "GC", "other"), List.copyOf(seconds.keySet()));
        assertTrue(seconds.get("busy") >= 0.2 && seconds.get("busy") < 2, seconds.toString());
        assertTrue(seconds.get("caller") >= 0.05, seconds.toString());
        String line = ThreadCpu.describe(seconds, cpu.wallSeconds());
        assertTrue(line.startsWith("caller ") && line.contains(", busy ") && line.contains(" s of CPU in "), line);
    }

    /** Keeps a core busy for about {@code millis} of CPU time. */
    private static void spin(long millis) {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = bean.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 0;
        while (bean.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                x += i * 31L ^ x;
            }
        }
        if (x == 42) {
            System.out.println(x);
        }
    }
}
