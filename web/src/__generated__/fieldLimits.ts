/** Length limits from the @limit directives of schema.graphql (generated; do not edit). */
export const fieldLimits = {
  AutomationActionInput: {
    eventName: 100,
    text: 500
  },
  AutomationInput: {
    name: 120
  },
  ConditionInput: {
    field: 60,
    value: 200,
    values: 200
  },
  ConvertLeadInput: {
    idempotencyKey: 200,
    title: 200
  },
  CreateDealInput: {
    idempotencyKey: 200,
    title: 200
  },
  CreateLeadInput: {
    company: 200,
    email: 254,
    idempotencyKey: 200,
    name: 120,
    source: 60,
    title: 200
  },
  CreateStageInput: {
    name: 120
  },
  CustomerSignalsInput: {
    customerId: 100,
    industry: 100,
    name: 120,
    plan: 50
  },
  ExchangeRateInput: {
    fromCurrency: 3,
    rate: 25,
    toCurrency: 3
  },
  LogActivityInput: {
    body: 10000
  },
  Mutation: {
    addNote: {
      body: 10000
    },
    completeActivity: {
      note: 10000
    },
    createPipeline: {
      name: 120
    },
    markDealLost: {
      reason: 500
    },
    moveDeal: {
      lostReason: 500
    },
    renamePipeline: {
      name: 120
    },
    setReportingCurrency: {
      currency: 3
    }
  },
  PlanActivityInput: {
    note: 10000,
    subject: 200
  },
  Query: {
    exchangeRates: {
      currency: 3
    },
    myDay: {
      timeZone: 64
    },
    salesTargets: {
      fromMonth: 7,
      toMonth: 7
    },
    search: {
      query: 100
    }
  },
  RoutingRuleInput: {
    name: 120
  },
  SalesTargetInput: {
    currency: 3,
    month: 7
  },
  UpdateDealInput: {
    title: 200
  },
  UpdateLeadInput: {
    company: 200,
    email: 254,
    name: 120,
    source: 60,
    title: 200
  },
  UpdateStageInput: {
    name: 120
  }
} as const;

/** Ranges of numbers from the @limit directives of schema.graphql (generated; do not edit). */
export const fieldRanges = {
  Customer: {
    deals: {
      first: {
        min: 1,
        max: 500
      }
    }
  },
  Deal: {
    activities: {
      first: {
        min: 1,
        max: 500
      }
    },
    plannedActivities: {
      first: {
        min: 1,
        max: 500
      }
    }
  },
  DealFilter: {
    closedWithinDays: {
      min: 1,
      max: 3660
    }
  },
  Lead: {
    activities: {
      first: {
        min: 1,
        max: 500
      }
    },
    plannedActivities: {
      first: {
        min: 1,
        max: 500
      }
    },
    scoreHistory: {
      first: {
        min: 1,
        max: 500
      }
    }
  },
  LeadScoreSnapshot: {
    factors: {
      top: {
        min: 1,
        max: 100
      }
    }
  },
  PipelineStage: {
    deals: {
      first: {
        min: 1,
        max: 500
      }
    }
  },
  Query: {
    automationRuns: {
      first: {
        min: 1,
        max: 500
      }
    },
    dealActivities: {
      first: {
        min: 1,
        max: 500
      }
    },
    deals: {
      first: {
        min: 1,
        max: 500
      }
    },
    dryRunAutomation: {
      first: {
        min: 1,
        max: 500
      }
    },
    dryRunRouting: {
      first: {
        min: 1,
        max: 500
      }
    },
    exchangeRates: {
      first: {
        min: 1,
        max: 500
      }
    },
    forecastTrackRecord: {
      months: {
        min: 1,
        max: 36
      }
    },
    leadActivities: {
      first: {
        min: 1,
        max: 500
      }
    },
    leads: {
      first: {
        min: 1,
        max: 500
      }
    },
    myDay: {
      first: {
        min: 1,
        max: 500
      }
    },
    rottingDeals: {
      first: {
        min: 1,
        max: 500
      }
    },
    routingRuns: {
      first: {
        min: 1,
        max: 500
      }
    },
    search: {
      first: {
        min: 1,
        max: 500
      }
    },
    trash: {
      first: {
        min: 1,
        max: 500
      }
    }
  }
} as const;
