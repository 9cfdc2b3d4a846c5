package app.caravan.ui.support;

import app.caravan.ui.common.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testfx.util.WaitForAsyncUtils;

/** A ticker the test moves by hand: {@link #advance} moves the time and runs the checks on the FX thread. */
public final class ManualTicker implements Ticker {
    private volatile Instant now = Instant.parse("2022-10-17T10:00:00Z");
    private final List<Runnable> checks = new CopyOnWriteArrayList<>();

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Runnable every(Duration period, Runnable check) {
        checks.add(check);
        return () -> checks.remove(check);
    }

    /** Moves the clock on and runs every scheduled check once, as the timer would, then waits for the FX thread. */
    public void advance(Duration by) {
        now = now.plus(by);
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> checks.forEach(Runnable::run));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public boolean scheduled() {
        return !checks.isEmpty();
    }
}
