"""The painted timeline: scale, ticks, layout (pure) and the widget that draws it."""
