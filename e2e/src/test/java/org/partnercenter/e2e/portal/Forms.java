package org.partnercenter.e2e.portal;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Controls found by their accessible names, as a screen reader announces them: a field by its label's text, a button
 * by its text, a dialog by its title; never by CSS class names, which Fluent UI generates.
 */
public final class Forms {

    private final WebDriverWait wait;

    Forms(WebDriverWait wait) {
        this.wait = wait;
    }

    /** The input, select or text area a {@code <label>} with this text (a required mark aside) is for. */
    public static By field(String label) {
        return By.xpath("//*[self::input or self::select or self::textarea][@id=//label[text()[normalize-space()="
                + XPaths.literal(label) + "]]/@for]");
    }

    public static By button(String text) {
        return By.xpath("//button[normalize-space(.)=" + XPaths.literal(text) + " or @aria-label="
                + XPaths.literal(text) + "]");
    }

    /** A button inside the open dialog (Fluent's dialogs are role=dialog, labelled by their title). */
    public static By dialogButton(String text) {
        return By.xpath("//*[@role='dialog']//button[normalize-space(.)=" + XPaths.literal(text) + "]");
    }

    public Forms type(String label, String text) {
        WebElement input = wait.until(visibilityOfElementLocated(field(label)));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Forms choose(String label, String optionValue) {
        new Select(wait.until(visibilityOfElementLocated(field(label)))).selectByValue(optionValue);
        return this;
    }

    public Forms click(By control) {
        wait.until(elementToBeClickable(control)).click();
        return this;
    }

    /** Ticks or unticks a checkbox by its label (the label is what a person clicks; Fluent hides the box itself). */
    public Forms check(String label, boolean checked) {
        By box = By.xpath("//input[@type='checkbox'][@id=//label[normalize-space(.)=" + XPaths.literal(label)
                + "]/@for]");
        if (wait.until(presenceOfElementLocated(box)).isSelected() != checked) {
            click(By.xpath("//label[normalize-space(.)=" + XPaths.literal(label) + "]"));
        }
        wait.until(driver -> driver.findElement(box).isSelected() == checked);
        return this;
    }
}
