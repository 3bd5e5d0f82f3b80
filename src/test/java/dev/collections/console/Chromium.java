package dev.collections.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium driven by its chromium-driver (nothing is downloaded; without them the tests that use it say
 * they skipped): open a console page, sign in through the form, wait for an element, keep a screenshot in
 * target/screenshots/.
 */
final class Chromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    final WebDriver browser;
    private final String base;

    private Chromium(WebDriver browser, URL console) {
        this.browser = browser;
        this.base = console.toString().replace("/console", "");
    }

    /** A headless browser at the console's address, or the test skipped when this machine has none. */
    static Chromium start(URL console) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.out.println("SKIPPED: the console's browser tests need /usr/bin/chromium and /usr/bin/chromedriver"
                    + " (apt-get install chromium chromium-driver; .ci/run does it)");
        }
        Assumptions.assumeTrue(present, "no Chromium here: the browser tests are skipped");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                        "--lang=en-US");
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        Files.createDirectories(SHOTS);
        return new Chromium(browser, console);
    }

    void open(String path) {
        browser.get(base + path);
    }

    /** Signs in through the login form, as a new visitor. */
    void signIn(String user) {
        browser.manage().deleteAllCookies();
        open("/console");
        assertTrue(browser.getCurrentUrl().contains("/console/login"), browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("dev-" + user);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login")
                && !d.getCurrentUrl().contains("j_security_check"));
    }

    WebElement await(By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElements(element).stream()
                .findFirst().orElse(null));
    }

    void shot(String name) throws Exception {
        Path file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(file, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
