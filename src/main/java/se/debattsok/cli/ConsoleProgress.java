package se.debattsok.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on standard error with a rate per second, only when a person is watching. */
final class ConsoleProgress implements AutoCloseable {
  private final ProgressBar bar;

  /** @param total the number of steps, or -1 when unknown (a pipe) */
  ConsoleProgress(String task, long total, String unit) {
    bar = Terminal.isInteractive()
        ? new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
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

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
