package org.opentreatment.directory.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in and out in the browser, through the sign-in page as a person does. */
public final class SignIn {

    public static final String SESSION_COOKIE = "JSESSIONID";

    private SignIn() {}

    /** Opens a page of the test server. */
    public static void open(ChromeDriver browser, String pathAndQuery) {
        browser.get(TestServer.base().resolve(pathAndQuery.substring(1)).toString());
    }

    /** Fills the sign-in form (the page must be open) and waits for the answer. */
    public static void submit(ChromeDriver browser, String email, String password) {
        browser.findElement(By.id("signin:email")).clear();
        browser.findElement(By.id("signin:email")).sendKeys(email);
        browser.findElement(By.id("signin:password")).sendKeys(password);
        click(browser, "signin:submit");
    }

    /** Opens the sign-in page, signs in and waits for the page it leads to. */
    public static void as(ChromeDriver browser, String email, String password) {
        open(browser, "/account/login");
        submit(browser, email, password);
    }

    /** Clicks a button that posts a form, and waits for the new page to load. */
    public static void click(ChromeDriver browser, String id) {
        browser.executeScript("window.beforeSubmitting = true;");
        browser.findElement(By.id(id)).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(
                        driver ->
                                (Boolean)
                                        browser.executeScript(
                                                "return window.beforeSubmitting === undefined"
                                                        + " && document.readyState === 'complete';"));
    }

    /** The browser's session cookie, or null. */
    public static Cookie session(ChromeDriver browser) {
        return browser.manage().getCookieNamed(SESSION_COOKIE);
    }

    /** The path the browser is on, without the server. */
    public static String path(ChromeDriver browser) {
        java.net.URI uri = java.net.URI.create(browser.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
