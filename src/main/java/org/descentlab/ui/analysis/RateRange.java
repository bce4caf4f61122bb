package org.descentlab.ui.analysis;

import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;

/**
 * The rule a range of rates typed in a tool's three fields (From, To, and how many) must keep, in the window's
 * words: the field at fault, named by its label, and the values as the window writes numbers.
 *
 * @param count    the count field's name in messages
 * @param maxCount the largest count
 * @param grows    whether To must be above From (the finder grows the rate), not only at least From
 */
record RateRange(String count, int maxCount, boolean grows) {

    /** The field at fault: 0 From, 1 To, 2 the count; and why. */
    record Fault(int field, String why) {
    }

    /** What is wrong with the text of the three fields, the first field at fault; null when the range holds. */
    Fault fault(String from, String to, String number) {
        String fromName = Text.get("rate.fieldFrom");
        String toName = Text.get("rate.fieldTo");
        double a;
        try {
            a = Numbers.finite(fromName, from);
        } catch (IllegalArgumentException e) {
            return new Fault(0, e.getMessage());
        }
        if (a <= 0) {
            return new Fault(0, Text.format("rate.above0", fromName, Numbers.label(a)));
        }
        double b;
        try {
            b = Numbers.finite(toName, to);
        } catch (IllegalArgumentException e) {
            return new Fault(1, e.getMessage());
        }
        if (grows ? b <= a : b < a) {
            return new Fault(1, Text.format(grows ? "rate.aboveFrom" : "rate.atLeastFrom", toName, fromName, Numbers.label(a),
                    Numbers.label(b)));
        }
        int n;
        try {
            n = RateWords.whole(count, number);
        } catch (IllegalArgumentException e) {
            return new Fault(2, e.getMessage());
        }
        if (n < 1 || n > maxCount) {
            return new Fault(2, Text.format("rate.countRange", count, maxCount, n));
        }
        if (n == 1 && a != b) {
            return new Fault(2, Text.format("rate.oneRate", fromName, toName));
        }
        return null;
    }
}
