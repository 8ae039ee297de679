package org.coopbank.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.coopbank.ledger.EventType;
import org.coopbank.standing.StandingInstruction;
import org.junit.jupiter.api.Test;

/**
 * The intranet's screens label enum values through the message bundle ({@code msg['event.' += e.eventType]}); a value
 * without its key shows as "???event.X???" on the page (the journal's filter listed five of them so). Every value of
 * the enums shown that way has its label.
 */
class EnumLabelsTest {

    private static final ResourceBundle MSG = ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", Locale.ENGLISH);

    private static List<String> missing(String prefix, Enum<?>[] values) {
        return Stream.of(values).map(v -> prefix + v.name()).filter(k -> !MSG.containsKey(k)).toList();
    }

    @Test
    void everyLedgerEvent_hasALabel() {
        assertEquals(List.of(), missing("event.", EventType.values()));
    }

    @Test
    void everyStandingInstructionStatusKindAndFrequency_hasALabel() {
        assertEquals(List.of(), missing("si.status.", StandingInstruction.Status.values()));
        assertEquals(List.of(), missing("si.kind.", StandingInstruction.Kind.values()));
        assertEquals(List.of(), missing("si.frequency.", StandingInstruction.Frequency.values()));
    }
}
