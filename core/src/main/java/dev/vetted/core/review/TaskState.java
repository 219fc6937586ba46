package dev.vetted.core.review;

public enum TaskState { OPEN, CLAIMED, DECIDED, CANCELLED }
