package io.watchfloor.shifts.internal;

import io.watchfloor.people.Person;
import io.watchfloor.shared.RuleViolation;
import io.watchfloor.shared.TimeRange;
import io.watchfloor.shifts.Assignment;
import io.watchfloor.shifts.LeaveRequest;
import io.watchfloor.shifts.Rota;
import io.watchfloor.shifts.ShiftsEvent;
import io.watchfloor.shifts.Times;
import io.watchfloor.shifts.port.in.DecideLeave;
import io.watchfloor.shifts.port.in.RequestLeave;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Leave requested in advance and approved only with a substitute on every duty first (SHIFT-05). */
public final class LeaveService implements RequestLeave, DecideLeave {

    private final Context ctx;

    LeaveService(Context ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public LeaveRequest request(RequestLeave.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Instant now = ctx.now();
            Person person = ctx.staff().get(command.person());
            TimeRange period = new TimeRange(command.start(), command.end());
            Duration notice = Duration.between(now, period.start());
            if (notice.compareTo(ctx.policy().leaveNotice()) < 0) {
                throw new RuleViolation("SHIFT-05", "leave is requested at least " + Times.length(ctx.policy().leaveNotice())
                        + " in advance: " + person.name() + "'s leave from " + Times.at(period.start(), ctx.policy().zone())
                        + " is asked for only " + (notice.isNegative() ? "after it started" : Times.length(notice) + " before"));
            }
            LeaveRequest stored = ctx.stores().leave().save(LeaveRequest.request(person.id(), period, command.reason(), now));
            ctx.events().publish(new ShiftsEvent.LeaveRequested(stored.id(), person.id(), period, now));
            return stored;
        });
    }

    @Override
    public LeaveRequest decide(DecideLeave.Command command) {
        ctx.validation().valid(command);
        return ctx.transactions().inTransaction(() -> {
            Person actor = ctx.requireLeader(command.actor(), "decide on leave");
            LeaveRequest request = ctx.stores().leave().get(command.request());
            if (request.person().equals(actor.id())) {
                throw new RuleViolation("SHIFT-05", actor.name() + " may not decide on their own leave: it needs another shift leader's or the centre head's approval");
            }
            if (command.approve()) {
                for (Rota r : ctx.stores().rotas().overlapping(request.period())) {
                    for (Assignment a : r.of(request.person())) {
                        if (a.duty().overlaps(request.period())) {
                            throw new RuleViolation("SHIFT-05", ctx.staff().get(request.person()).name() + " is still rostered as "
                                    + a.post().title() + " from " + Times.range(a.duty(), ctx.policy().zone())
                                    + ": put a substitute on the post first, a post is never left empty");
                        }
                    }
                }
            }
            LeaveRequest stored = ctx.stores().leave().save(request.decide(command.approve(), actor.id()));
            ctx.events().publish(new ShiftsEvent.LeaveDecided(stored.id(), stored.person(), command.approve(), actor.id(), ctx.now()));
            return stored;
        });
    }
}
