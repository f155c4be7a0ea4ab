package se.debattsok.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether output goes to a person at a terminal (colours, progress bars) or to a pipe or file. */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    if (System.getenv("NO_COLOR") != null) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From Java 22 System.console() exists even when output is redirected; Console.isTerminal()
    // tells the two apart. The build targets Java 21, which lacks that method, so look for it.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
