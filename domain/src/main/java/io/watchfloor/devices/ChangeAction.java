package io.watchfloor.devices;

/** What can happen to a change request; each is one {@link ChangeStep} of its history. */
public enum ChangeAction {
    REQUEST, APPROVE, REJECT, APPLY
}
