package se.debattsok.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on standard error with a rate per second, only when a person is watching. */
final class ConsoleProgress implements AutoCloseable {
  private final ProgressBar bar;

  /** @param total the number of steps, or -1 when unknown (a pipe) */
  ConsoleProgress(String task, long total, String unit) {
    this(task, total, unit, 1);
  }

  /** @param unitSize how many steps make one unit shown, as 1,048,576 bytes make a MB */
  ConsoleProgress(String task, long total, String unit, long unitSize) {
    bar = Terminal.isInteractive()
        ? new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, unitSize)
            .showSpeed()
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .build()
        : null;
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  void stepBy(long steps) {
    if (bar != null) {
      bar.stepBy(steps);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
