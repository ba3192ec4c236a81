package io.watchfloor.shifts;

import io.watchfloor.people.PersonId;
import io.watchfloor.people.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is on duty at an instant and who leads the shift (PEOPLE-03): the people responsible for each
 * post (the outgoing person until the incoming one signed the handover, SHIFT-10; someone kept on for
 * want of a relief, SHIFT-04). A rostered person who has not checked in is listed only while nobody has
 * checked in on that post, and nobody is listed after checking out of the duty.
 *
 * <p>When two shift leaders are on duty, {@code shiftLeader} is chosen by a stated rule, never by id: first a
 * leader on their own rostered duty over one kept on for want of a relief or staying on by an approved
 * extension (the first leads the shift now running, the other is finishing one); then the one in charge
 * longest (whose duty began first, or who signed a takeover first); then by name; ids only separate two
 * people of the same name.
 */
public record OnDuty(Instant at, List<Post> posts, Optional<PersonId> shiftLeader) {

    /** One person responsible for a post at the instant; {@code extended} when kept on beyond their duty. */
    public record Post(Role post, PersonId person, boolean extended) {
        public Post {
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(person, "person");
        }
    }

    public OnDuty {
        Objects.requireNonNull(at, "at");
        posts = List.copyOf(posts);
        Objects.requireNonNull(shiftLeader, "shiftLeader");
    }

    /** Everyone on {@code post}. */
    public List<PersonId> on(Role post) {
        return posts.stream().filter(p -> p.post() == post).map(Post::person).toList();
    }

    /** Whether {@code person} is on duty. */
    public boolean includes(PersonId person) {
        return posts.stream().anyMatch(p -> p.person().equals(person));
    }
}
