package dev.vetted.web;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One person's headless Debian Chromium, driven through Debian's chromedriver (so Selenium
 * Manager never downloads anything), with a profile of its own and screenshots under target/.
 */
public final class Chromium implements AutoCloseable {

    public static final String BASE = "http://localhost:8081";
    public static final Path SHOTS = Path.of("target/screenshots");
    private static final AtomicInteger SHOT = new AtomicInteger();

    static {
        // one run's screenshots, numbered in the order they were taken
        try (var old = Files.exists(SHOTS) ? Files.list(SHOTS) : java.util.stream.Stream.<Path>empty()) {
            old.forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final File BROWSER = new File("/usr/bin/chromium");

    public final ChromeDriver driver;
    public final String user;

    private Chromium(String user, int width, int height) {
        assertThat(DRIVER).as("Debian's chromium-driver (apt-get install chromium chromium-driver; .ci/run does)").exists();
        this.user = user;
        try {
            Path home = Files.createDirectories(Path.of("target/chromium").toAbsolutePath());
            Path profile = Files.createTempDirectory(home, user + "-");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER)
                    .usingAnyFreePort()
                    .withEnvironment(Map.of("XDG_CACHE_HOME", home.resolve("cache").toString(),
                            "XDG_CONFIG_HOME", home.resolve("config").toString()))
                    .build();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-GB");
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser on a laptop-sized window, signed in as the user through Keycloak's own form. */
    public static Chromium signIn(String user) {
        return signIn(user, 1366, 900);
    }

    /** A reader's browser that never signs in, at the given window size (a phone's, say). */
    public static Chromium reader(int width, int height) {
        return new Chromium("reader", width, height);
    }

    public static Chromium signIn(String user, int width, int height) {
        Chromium c = new Chromium(user, width, height);
        c.driver.get(BASE + "/inbox");
        c.waitFor(By.id("username"));
        assertThat(c.driver.getCurrentUrl()).as("the desk sends a stranger to Keycloak").contains("/realms/vetted/");
        c.driver.findElement(By.id("username")).sendKeys(user);
        c.driver.findElement(By.id("password")).sendKeys(user);
        c.driver.findElement(By.id("kc-login")).click();
        c.waitFor(By.cssSelector(".who .user"));
        assertThat(c.text(".who .user")).contains(user);
        return c;
    }

    public void open(String path) {
        driver.get(BASE + path);
        waitFor(By.tagName("main"));
    }

    public WebElement waitFor(By by) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> driver.findElement(by).isDisplayed());
        return driver.findElement(by);
    }

    /** An element's text; live parts of a page may be replaced while it is read, so it is found again then. */
    public String text(String css) {
        return fresh(By.cssSelector(css));
    }

    public String page() {
        return fresh(By.tagName("body"));
    }

    private String fresh(By by) {
        org.openqa.selenium.StaleElementReferenceException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return driver.findElement(by).getText();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                last = e;
            }
        }
        throw last;
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Sets a field's value at once (typing a whole article key by key would take minutes). */
    public void fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value);
    }

    /** Clicks after scrolling the element into view, as a person would. */
    public void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    public void shot(String name) {
        try {
            Files.createDirectories(SHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SHOTS.resolve(String.format("%02d-%s-%s.png", SHOT.incrementAndGet(), user, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Controls without a label and buttons or links without an accessible name, as a screen
     * reader would meet them: the list is empty on a page everyone can use.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> unlabelled() {
        return (java.util.List<String>) script("""
                const bad = [];
                document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(el => {
                  const named = (el.labels && el.labels.length) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
                  if (!named) bad.push(el.outerHTML.slice(0, 120));
                });
                document.querySelectorAll('button, a[href]').forEach(el => {
                  const name = (el.getAttribute('aria-label') || el.textContent || '').trim();
                  if (!name) bad.push(el.outerHTML.slice(0, 120));
                });
                return bad;""");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
