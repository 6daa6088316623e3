package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.initlab.init.ComponentNames;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's headless Chromium through its own chromedriver; Selenium Manager is never
 * asked to find or download anything): it loads, follows changes of depth and initializer, trains, and logs no
 * errors. Skipped where Chromium is not installed ({@code apt-get install -y chromium chromium-driver}). Screenshots
 * go to {@code target/lab-screenshots/}.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LabBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path temp;

    @Test
    void thePageFollowsTheControlsTrainsAndLogsNoErrors() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: headless Chromium is not installed (apt-get install -y chromium chromium-driver)");
        LabServer server = LabServer.start("127.0.0.1", 0, temp.resolve("runs"), ComponentNames.BUILT_IN, 2);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + temp.resolve("chromium-profile"), "--window-size=1280,2400");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        WebDriver driver = new ChromeDriver(service, options);
        try {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            driver.get("http://127.0.0.1:" + server.port() + "/?depth=6&width=64&batch=200&epochs=3");
            wait.until(d -> d.findElements(By.cssSelector("#act-hist figure")).size() == 6);
            assertThat(driver.findElement(By.id("current-title")).getText())
                    .contains("6 tanh layers of 64, xavier-normal");
            String histogramBefore = firstHistogram(js);
            String captionsBefore = captions(driver);

            WebElement depth = driver.findElement(By.id("depth"));
            depth.clear();
            depth.sendKeys("9");
            wait.until(d -> d.findElements(By.cssSelector("#act-hist figure")).size() == 9);
            assertThat(driver.findElement(By.id("current-title")).getText()).contains("9 tanh layers");

            new Select(driver.findElement(By.id("init"))).selectByValue("normal");
            wait.until(d -> d.findElement(By.id("current-init")).getText().startsWith("normal: N(0, 0.01²)"));
            assertThat(driver.findElements(By.cssSelector("#init-params input")).stream().map(e -> e.getAttribute("id"))
                    .collect(Collectors.toList())).containsExactly("param-mean", "param-std");
            WebElement std = driver.findElement(By.id("param-std"));
            std.sendKeys("1");
            wait.until(d -> d.findElement(By.id("current-init")).getText().startsWith("normal: N(0, 1²)"));
            wait.until(d -> !captions(d).equals(captionsBefore) && !firstHistogram(js).equals(histogramBefore));
            assertThat(driver.getCurrentUrl()).contains("init=normal", "std=1", "depth=9");
            save(driver, "lab-1280-before-training.png");

            Object lossesBefore = js.executeScript("return trainState.losses.length");
            assertThat(((Number) lossesBefore).intValue()).isZero();
            new Select(driver.findElement(By.id("init"))).selectByValue("xavier-normal");
            wait.until(d -> d.findElement(By.id("current-title")).getText().contains("xavier-normal"));
            driver.findElement(By.id("train")).click();
            WebDriverWait training = new WebDriverWait(driver, Duration.ofSeconds(60));
            training.until(d -> d.findElement(By.id("status")).getText().startsWith("finished 3 epochs"));
            long losses = ((Number) js.executeScript("return trainState.losses.length")).longValue();
            long epochs = ((Number) js.executeScript("return trainState.epochs.length")).longValue();
            assertThat(losses).as("one loss per step: 3 epochs of 750 examples in mini-batches of 32").isEqualTo(72);
            assertThat(epochs).isEqualTo(4);
            double firstLoss = ((Number) js.executeScript("return trainState.losses[0][1]")).doubleValue();
            double lastEpochLoss = ((Number) js.executeScript("return trainState.epochs[3].trainLoss")).doubleValue();
            assertThat(lastEpochLoss).as("the curve moves").isNotEqualTo(firstLoss);
            assertThat(js.executeScript("return trainState.boundary !== null")).isEqualTo(true);
            assertThat(driver.findElement(By.id("train")).getText()).isEqualTo("Train");
            save(driver, "lab-1280-after-training.png");
            driver.manage().window().setSize(new Dimension(390, 5200));
            js.executeScript("drawInitView(); drawTraining();");
            Thread.sleep(300);
            save(driver, "lab-390-after-training.png");

            // Keep it: the run folder goes into the server's save folder, and the page says where
            driver.findElement(By.id("keep")).click();
            training.until(d -> d.findElement(By.id("status")).getText().startsWith("Kept in "));
            assertThat(driver.findElement(By.id("status")).getText()).contains(temp.resolve("runs").toString(),
                    "(with the last training)");

            // Stop: a long run ends when asked, and the button reads Train again
            WebElement epochsBox = driver.findElement(By.id("epochs"));
            epochsBox.clear();
            epochsBox.sendKeys("300");
            driver.findElement(By.id("train")).click();
            training.until(d -> ((Number) js.executeScript("return trainState.losses.length")).intValue() > 0);
            assertThat(driver.findElement(By.id("train")).getText()).isEqualTo("Stop");
            driver.findElement(By.id("train")).click();
            training.until(d -> d.findElement(By.id("train")).getText().equals("Train"));
            assertThat(driver.findElement(By.id("status")).getText()).startsWith("stopped");

            // a diverging run: N(0, 1) weights in 9 ReLU layers with learning rate 1 overflow within a few steps
            new Select(driver.findElement(By.id("activation"))).selectByValue("relu");
            new Select(driver.findElement(By.id("init"))).selectByValue("normal");
            driver.findElement(By.id("param-std")).sendKeys("1");
            WebElement lr = driver.findElement(By.id("lr"));
            lr.clear();
            lr.sendKeys("1");
            driver.findElement(By.id("train")).click();
            training.until(d -> d.findElement(By.id("train")).getText().equals("Train")
                    && d.findElement(By.id("status")).getText().startsWith("Diverged: "));
            assertThat(driver.findElement(By.id("status")).getText())
                    .matches("Diverged: diverged at step \\d+ \\(epoch 1\\): .*layer \\d+.*");

            // Compare, on lesson he's preset: pin Xavier on 30 ReLU layers, then show He beside it
            driver.manage().window().setSize(new Dimension(1280, 2400));
            driver.get("http://127.0.0.1:" + server.port()
                    + "/?activation=relu&init=xavier-normal&depth=30&width=64&batch=500");
            wait.until(d -> d.findElement(By.id("current-title")).getText()
                    .contains("30 relu layers of 64, xavier-normal"));
            driver.findElement(By.id("pin")).click();
            new Select(driver.findElement(By.id("init"))).selectByValue("he-normal");
            wait.until(d -> d.findElement(By.id("current-title")).getText().contains("he-normal"));
            assertThat(driver.findElement(By.id("pinned-column")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("pinned-title")).getText())
                    .contains("30 relu layers of 64, xavier-normal");
            assertThat(driver.findElements(By.cssSelector("#pinned-act-hist figure"))).hasSize(10);
            save(driver, "lab-1280-compare-xavier-he.png");

            assertThat(driver.getCurrentUrl()).contains("init=he-normal", "compare=xavier-normal");

            // the same view from its address alone, at phone width
            driver.manage().window().setSize(new Dimension(390, 5200));
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("pinned-title")).getText()
                            .contains("30 relu layers of 64, xavier-normal"));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.id("current-title")).getText()
                            .contains("30 relu layers of 64, he-normal"));
            save(driver, "lab-390-before-training.png");

            List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).collect(Collectors.toList());
            assertThat(errors).as("console errors").isEmpty();
        } finally {
            driver.quit();
            service.stop();
            server.stop();
        }
    }

    private static String firstHistogram(JavascriptExecutor js) {
        return (String) js.executeScript("return document.querySelector('#act-hist canvas').toDataURL()");
    }

    private static String captions(WebDriver driver) {
        return driver.findElements(By.cssSelector("#act-hist figcaption")).stream().map(WebElement::getText)
                .collect(Collectors.joining("|"));
    }

    private static void save(WebDriver driver, String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path folder = Path.of("target", "lab-screenshots");
        Files.createDirectories(folder);
        Files.copy(shot.toPath(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
