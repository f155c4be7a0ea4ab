package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A user in a real headless Chromium (Debian's chromium and chromium-driver): types a query, sees
 * marked snippets, narrows by a party, opens a document and steps through its hits. Screenshots go
 * to target/screenshots/.
 */
@Tag("slow")
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target/screenshots");

  @TempDir static Path dir;
  static WebFixture web;
  static WebDriver browser;
  static WebDriverWait wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "no Chromium at /usr/bin (apt-get install chromium chromium-driver): browser test skipped");
    web = new WebFixture(dir, java.util.List.of(FacetListsTest.manyYears(dir)));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // As root in a sandbox with no network but loopback: the flags this machine's Chromium needs.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("chrome-profile"), "--window-size=1280,1000", "--lang=sv");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  static void screenshot(String name) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void searchNarrowOpenAndStepThroughHits() throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(web.url("/"));
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("skolan", Keys.ENTER);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit .snippet mark")));
    assertThat(browser.findElement(By.id("summary")).getText()).startsWith("3 träffar");
    assertThat(browser.getCurrentUrl()).contains("q=skolan");
    screenshot("search-desktop");

    // Narrow by a party facet; a chip shows the filter.
    browser.findElement(By.xpath("//section[@class='facet'][h2='Parti, frågar och talar']//a[span[@class='label']='SD']")).click();
    wait.until(ExpectedConditions.urlContains("party_raised=SD"));
    assertThat(browser.findElement(By.id("summary")).getText()).startsWith("1 träff,");
    assertThat(browser.findElement(By.cssSelector(".chips")).getText()).contains("Frågar eller talar: SD");
    // Markup in the document is text on the page, not an element.
    assertThat(browser.findElements(By.cssSelector(".snippet script"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector(".snippet")).getText()).contains("<script>alert(1)</script>");

    // Remove the filter with its chip; search anew, open the Stockholm answer and step through its hits.
    browser.findElement(By.cssSelector(".chips a")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("party_raised=SD")));
    // (Loaded by address: typing again would race the page's own live update with the form's
    // navigation; typing has its own test below.)
    browser.get(web.url("/?q=segregationen"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "2 träffar"));
    browser.findElement(By.partialLinkText("Svar på Interpellation")).click();
    try {
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hit-1")));
    } catch (org.openqa.selenium.TimeoutException e) {
      screenshot("debug-no-hit");
      throw new AssertionError("no hit-1 at " + browser.getCurrentUrl() + ": "
          + browser.findElement(By.tagName("main")).getText().lines().limit(12).toList(), e);
    }
    browser.findElement(By.id("next-hit")).click();
    wait.until(ExpectedConditions.attributeContains(By.id("hit-1"), "class", "current"));
    assertThat(browser.findElement(By.id("hitcount")).getText()).startsWith("Träff 1 av");
    browser.findElement(By.id("next-hit")).click();
    wait.until(ExpectedConditions.attributeContains(By.id("hit-2"), "class", "current"));
    screenshot("document");
    browser.findElement(By.className("back")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
  }

  @Test
  void resultsFollowTypingAndFitAPhone() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(web.url("/?q=skolan"));
    WebElement box = browser.findElement(By.id("q"));
    box.clear();
    box.sendKeys("Fokus Järva"); // no Enter: the page updates itself after a pause
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "1 träff,"));
    assertThat(browser.getCurrentUrl()).contains("q=Fokus+J");
    assertThat(browser.findElement(By.cssSelector(".snippet")).getDomProperty("innerHTML"))
        .contains("<mark>Fokus</mark> <mark>Järva</mark>");
    // Nothing is wider than the phone's screen.
    Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).isLessThanOrEqualTo(0L);
    screenshot("search-phone");
    // The chart's year labels are readable at this width (drawn at half size, they had been 5.6 px).
    Double labelHeight = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return document.querySelector('.trend text.axis:not(.minor)').getBoundingClientRect().height;")).doubleValue();
    assertThat(labelHeight).isGreaterThanOrEqualTo(9.0);
    // The filters come after the results on a phone: a link at the top leads to them.
    WebElement toFilters = browser.findElement(By.linkText("Filtrera träffarna"));
    assertThat(toFilters.isDisplayed()).isTrue();
    assertThat(toFilters.getLocation().getY()).isLessThan(400);
    toFilters.click();
    wait.until(ExpectedConditions.urlContains("#filter"));
    Long filtersTop = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return Math.round(document.getElementById('filter').getBoundingClientRect().top);");
    assertThat(filtersTop).isBetween(-5L, 200L);
  }

  @Test
  void aCutFacetListOpensToShowEveryValue() throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(web.url("/?q=%C3%A4ldreomsorgen"));
    WebElement years = browser.findElement(By.xpath("//section[@class='facet'][h2='År']"));
    assertThat(years.findElements(By.cssSelector("li a")).stream().filter(WebElement::isDisplayed).count()).isEqualTo(12);
    WebElement more = years.findElement(By.tagName("summary"));
    assertThat(more.getText()).isEqualTo("Visa alla 15 (3 till)");
    more.click();
    assertThat(years.findElements(By.cssSelector("li a")).stream().filter(WebElement::isDisplayed).count()).isEqualTo(15);
    years.findElement(By.xpath(".//a[span[@class='label']='2000']")).click(); // the oldest, from the opened part
    wait.until(ExpectedConditions.urlContains("from=2000"));
    assertThat(browser.findElement(By.id("summary")).getText()).startsWith("1 träff");
  }

  @Test
  void theKeyboardStartsInTheBoxAndSkipsToTheResults() throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    browser.get(web.url("/"));
    assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("q"); // ready to type
    browser.get(web.url("/?q=skolan"));
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    WebElement skip = browser.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Hoppa till träffarna");
    skip.sendKeys(Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("#results"));
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
    // The next stop is in the results, not among the date fields and facet links before them.
    assertThat(browser.switchTo().activeElement().findElements(By.xpath("ancestor::section[@id='results']"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".to-filters a")).isDisplayed()).isFalse(); // beside them at this width
  }

  @Test
  void noSeriousAccessibilityProblemOnAnyKindOfPage() throws Exception {
    browser.manage().window().setSize(new Dimension(1280, 1000));
    for (String path : java.util.List.of("/", "/?q=skolan", "/doc/stockholm.txt?q=skolan", "/person/emilia-bjuggren",
        "/?q=skola+AND+%28", "/?q=skolan&page=x", "/finns/inte")) {
      browser.get(web.url(path));
      com.deque.html.axecore.results.Results checked = new com.deque.html.axecore.selenium.AxeBuilder().analyze(browser);
      java.util.List<String> serious = checked.getViolations().stream()
          .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
          .map(rule -> rule.getId() + " (" + rule.getHelp() + "): "
              + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList())
          .toList();
      assertThat(serious).as(path).isEmpty();
      assertThat(checked.getPasses()).as(path + ": axe ran").isNotEmpty();
    }
  }

  @Test
  void debatesGroupedTheTrendChartAndAPersonPage() throws Exception {
    Path resources = se.debattsok.TestData.PROJECT.resolve("src/test/resources");
    try (WebFixture debates = new WebFixture(dir.resolve("debates"),
        java.util.List.of(resources.resolve("parlamint"), resources.resolve("riksdagen-speeches")))) {
      browser.manage().window().setSize(new Dimension(1280, 1000));
      browser.get(debates.url("/?q=segregationen"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.trend rect.bar")));
      assertThat(browser.findElements(By.cssSelector("svg.trend rect.bar"))).hasSize(3); // 2021, 2023 and 2024
      assertThat(browser.findElements(By.cssSelector("svg.trend polyline.party"))).isNotEmpty();
      screenshot("trend");

      browser.findElement(By.linkText("Gruppera per debatt")).click();
      wait.until(ExpectedConditions.urlContains("group=1"));
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".debate")));
      WebElement sitting = browser.findElement(
          By.xpath("//li[@class='debate'][h2='Svar på interpellation 2020/21:257 om skolsegregationen']"));
      assertThat(sitting.findElements(By.cssSelector(".hit"))).hasSize(3);
      screenshot("grouped");

      // A click on the year's bar narrows the search to that year.
      browser.findElement(By.cssSelector("svg.trend a.year")).click();
      wait.until(ExpectedConditions.urlContains("from=2021"));
      assertThat(browser.findElement(By.cssSelector(".chips")).getText()).contains("2021-01-01 – 2021-12-31");

      // A speech in its debate, then its speaker's page.
      browser.findElement(By.partialLinkText("Anförande 3")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("debate-heading")));
      assertThat(browser.findElement(By.cssSelector(".speeches .current")).getText()).startsWith("Robert Stenkvist (SD)");
      screenshot("speech-in-debate");
      browser.findElement(By.id("next-speech")).click();
      wait.until(ExpectedConditions.urlContains("i-prot-202021--60-4"));
      browser.findElement(By.cssSelector(".docmeta a[href^='/person/']")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".person-page h1")));
      assertThat(browser.findElement(By.cssSelector(".person-page h1")).getText()).isEqualTo("Anna Ekström");
      screenshot("person");
    }
  }

  @Test
  void aQuestionLeadsToItsDebateAndItsCitationIsCopiedWithOneClick() throws Exception {
    Path resources = se.debattsok.TestData.PROJECT.resolve("src/test/resources");
    try (WebFixture threads = new WebFixture(dir.resolve("threads"),
        java.util.List.of(se.debattsok.TestData.threadQuestions(dir.resolve("fixtures")), resources.resolve("samples")))) {
      browser.manage().window().setSize(new Dimension(1280, 1000));
      browser.get(threads.url("/?q=biotopskydd"));
      browser.findElement(By.partialLinkText("del av en tråd: 3 dokument")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("thread-heading")));
      assertThat(browser.findElement(By.id("thread-heading")).getText()).isEqualTo("Tråden: 3 dokument");
      browser.findElement(By.cssSelector(".thread-parts a[href^='/doc/ipq-202122--0439']")).click();
      wait.until(ExpectedConditions.urlContains("ipq-202122--0439"));
      assertThat(browser.findElement(By.cssSelector(".thread-parts .current")).getText()).startsWith("Interpellation 2021/22:439");
      WebElement copy = browser.findElement(By.id("copy-citation"));
      assertThat(copy.isDisplayed()).isTrue(); // hidden without script, shown by it
      copy.click();
      wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("copied"), "")));
      assertThat(browser.findElement(By.id("citation")).getAttribute("value")).startsWith("Anders Åkesson (C): Hemställan");
      assertThat(browser.findElements(By.cssSelector(".related-list li"))).isNotEmpty();
      screenshot("thread-and-citation");
      com.deque.html.axecore.results.Results checked = new com.deque.html.axecore.selenium.AxeBuilder().analyze(browser);
      assertThat(checked.getViolations()).filteredOn(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
          .isEmpty();
    }
  }
}
