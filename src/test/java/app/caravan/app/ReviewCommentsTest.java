package app.caravan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import app.caravan.domain.Interview;
import app.caravan.domain.ReviewComment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments anchored to transcript ranges, through real saves on a real encrypted vault. */
class ReviewCommentsTest {
    private static final String TRANSCRIPT = "Мы уехали 24 сентября через Верхний Ларс. Потом Тбилиси, потом Ереван.";
    private static final String QUOTE = "Верхний Ларс";

    @TempDir
    Path temp;
    VaultSession session;
    ReviewService review;
    Interview interview;
    ReviewComment comment;

    @BeforeEach
    void open() throws Exception {
        session = Fixtures.fastVaults().create(temp.resolve("vault"), Fixtures.passphrase());
        session.settings().setUserName("desk-editor");
        review = session.review();
        interview = session.interviews().save(Fixtures.consentedInterview(session).toBuilder()
                .transcript(TRANSCRIPT).build());
        int start = TRANSCRIPT.indexOf(QUOTE);
        comment = review.addComment(interview.id(), start, start + QUOTE.length(), "  Проверить название КПП  ");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private ReviewComment reload() {
        return review.comments(interview.id()).stream().filter(c -> c.id().equals(comment.id())).findFirst()
                .orElseThrow();
    }

    private String editTranscript(String next) {
        Interview current = session.interviews().get(interview.id());
        session.interviews().save(current.toBuilder().transcript(next).build());
        return next;
    }

    private static String covered(String text, ReviewComment c) {
        return text.substring(c.start(), c.end());
    }

    @Test
    void aCommentQuotesWhatItCoversAndIsOpenUntilResolved() throws Exception {
        assertEquals(QUOTE, comment.quote());
        assertEquals("Проверить название КПП", comment.body());
        assertEquals("desk-editor", comment.author());
        assertTrue(comment.isOpen());
        assertEquals(Map.of(interview.id(), 1), review.openCommentCounts());

        session.settings().setUserName("field-team-1");
        ReviewComment resolved = review.resolve(comment.id());
        assertFalse(resolved.isOpen());
        assertEquals("field-team-1", resolved.resolvedBy());
        assertEquals(Map.of(), review.openCommentCounts());
        assertEquals(resolved, review.resolve(comment.id()), "resolving twice changes nothing");

        ReviewComment reopened = review.reopen(comment.id());
        assertTrue(reopened.isOpen());
        assertNull(reopened.resolvedBy());
        assertEquals(List.of(reopened), review.comments(interview.id()));
        assertThrows(NotFoundException.class, () -> review.resolve(UUID.randomUUID()));
    }

    @Test
    void badCommentsAreRefusedWithWhereAndWhy() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> review.addComment(interview.id(), 0, 3, "   "));
        assertTrue(empty.getMessage().contains("empty") && empty.getMessage().contains(interview.id().toString()));
        for (int[] range : new int[][] {{-1, 3}, {5, 5}, {7, 3}, {0, TRANSCRIPT.length() + 1}}) {
            InvalidInputException bad = assertThrows(InvalidInputException.class,
                    () -> review.addComment(interview.id(), range[0], range[1], "x"));
            assertTrue(bad.getMessage().contains("[" + range[0] + ", " + range[1] + ")")
                    && bad.getMessage().contains(String.valueOf(TRANSCRIPT.length())), bad.getMessage());
        }
        assertThrows(NotFoundException.class, () -> review.addComment(UUID.randomUUID(), 0, 1, "x"));
        assertEquals(1, review.comments(interview.id()).size());
    }

    @Test
    void insertingTextBeforeTheCommentShiftsIt() {
        String next = editTranscript("Интервьюер: когда? " + TRANSCRIPT);
        assertEquals(QUOTE, covered(next, reload()));
    }

    @Test
    void editingInsideTheCommentGrowsIt() {
        String next = editTranscript(TRANSCRIPT.replace(QUOTE, "Верхний (кажется) Ларс"));
        ReviewComment moved = reload();
        assertEquals("Верхний (кажется) Ларс", covered(next, moved));
        assertFalse(moved.detached());
        assertEquals(QUOTE, moved.quote(), "the quote stays what the reviewer commented on");
    }

    @Test
    void deletingTheCommentedTextDetachesItButKeepsIt() throws Exception {
        editTranscript(TRANSCRIPT.replace(" через " + QUOTE, ""));
        ReviewComment detached = reload();
        assertTrue(detached.detached());
        assertTrue(detached.isOpen());
        ReviewComment other = review.addComment(interview.id(), 0, 2, "Кто это «мы»?");
        assertEquals(List.of(other.id(), comment.id()), review.comments(interview.id()).stream()
                .map(ReviewComment::id).toList(), "detached comments come last");
        editTranscript("Полностью новая расшифровка: " + TRANSCRIPT);
        assertTrue(reload().detached(), "a detached comment stays detached");
    }

    @Test
    void replacingTheWholeTranscriptKeepsTheCommentOnlyIfItsWordsAreThere() {
        String kept = editTranscript("Переписано. Граница: Верхний Ларс, очередь три дня.");
        assertEquals(QUOTE, covered(kept, reload()));
        editTranscript("Совсем другой разговор о Бишкеке.");
        assertTrue(reload().detached());
    }

    @Test
    void aSaveThatLeavesTheTranscriptAloneLeavesTheComments() {
        Interview current = session.interviews().get(interview.id());
        session.interviews().save(current.toBuilder().place("tbilisi").build());
        assertEquals(comment, reload());
    }
}
