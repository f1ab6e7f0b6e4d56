import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 251:
/***/ (function(module) {

/**
  * This file contains the Bottleneck library (MIT), compiled to ES2017, and without Clustering support.
  * https://github.com/SGrondin/bottleneck
  */
(function (global, factory) {
	 true ? module.exports = factory() :
	0;
}(this, (function () { 'use strict';

	var commonjsGlobal = typeof globalThis !== 'undefined' ? globalThis : typeof window !== 'undefined' ? window : typeof global !== 'undefined' ? global : typeof self !== 'undefined' ? self : {};

	function getCjsExportFromNamespace (n) {
		return n && n['default'] || n;
	}

	var load = function(received, defaults, onto = {}) {
	  var k, ref, v;
	  for (k in defaults) {
	    v = defaults[k];
	    onto[k] = (ref = received[k]) != null ? ref : v;
	  }
	  return onto;
	};

	var overwrite = function(received, defaults, onto = {}) {
	  var k, v;
	  for (k in received) {
	    v = received[k];
	    if (defaults[k] !== void 0) {
	      onto[k] = v;
	    }
	  }
	  return onto;
	};

	var parser = {
		load: load,
		overwrite: overwrite
	};

	var DLList;

	DLList = class DLList {
	  constructor(incr, decr) {
	    this.incr = incr;
	    this.decr = decr;
	    this._first = null;
	    this._last = null;
	    this.length = 0;
	  }

	  push(value) {
	    var node;
	    this.length++;
	    if (typeof this.incr === "function") {
	      this.incr();
	    }
	    node = {
	      value,
	      prev: this._last,
	      next: null
	    };
	    if (this._last != null) {
	      this._last.next = node;
	      this._last = node;
	    } else {
	      this._first = this._last = node;
	    }
	    return void 0;
	  }

	  shift() {
	    var value;
	    if (this._first == null) {
	      return;
	    } else {
	      this.length--;
	      if (typeof this.decr === "function") {
	        this.decr();
	      }
	    }
	    value = this._first.value;
	    if ((this._first = this._first.next) != null) {
	      this._first.prev = null;
	    } else {
	      this._last = null;
	    }
	    return value;
	  }

	  first() {
	    if (this._first != null) {
	      return this._first.value;
	    }
	  }

	  getArray() {
	    var node, ref, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, ref.value));
	    }
	    return results;
	  }

	  forEachShift(cb) {
	    var node;
	    node = this.shift();
	    while (node != null) {
	      (cb(node), node = this.shift());
	    }
	    return void 0;
	  }

	  debug() {
	    var node, ref, ref1, ref2, results;
	    node = this._first;
	    results = [];
	    while (node != null) {
	      results.push((ref = node, node = node.next, {
	        value: ref.value,
	        prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
	        next: (ref2 = ref.next) != null ? ref2.value : void 0
	      }));
	    }
	    return results;
	  }

	};

	var DLList_1 = DLList;

	var Events;

	Events = class Events {
	  constructor(instance) {
	    this.instance = instance;
	    this._events = {};
	    if ((this.instance.on != null) || (this.instance.once != null) || (this.instance.removeAllListeners != null)) {
	      throw new Error("An Emitter already exists for this object");
	    }
	    this.instance.on = (name, cb) => {
	      return this._addListener(name, "many", cb);
	    };
	    this.instance.once = (name, cb) => {
	      return this._addListener(name, "once", cb);
	    };
	    this.instance.removeAllListeners = (name = null) => {
	      if (name != null) {
	        return delete this._events[name];
	      } else {
	        return this._events = {};
	      }
	    };
	  }

	  _addListener(name, status, cb) {
	    var base;
	    if ((base = this._events)[name] == null) {
	      base[name] = [];
	    }
	    this._events[name].push({cb, status});
	    return this.instance;
	  }

	  listenerCount(name) {
	    if (this._events[name] != null) {
	      return this._events[name].length;
	    } else {
	      return 0;
	    }
	  }

	  async trigger(name, ...args) {
	    var e, promises;
	    try {
	      if (name !== "debug") {
	        this.trigger("debug", `Event triggered: ${name}`, args);
	      }
	      if (this._events[name] == null) {
	        return;
	      }
	      this._events[name] = this._events[name].filter(function(listener) {
	        return listener.status !== "none";
	      });
	      promises = this._events[name].map(async(listener) => {
	        var e, returned;
	        if (listener.status === "none") {
	          return;
	        }
	        if (listener.status === "once") {
	          listener.status = "none";
	        }
	        try {
	          returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
	          if (typeof (returned != null ? returned.then : void 0) === "function") {
	            return (await returned);
	          } else {
	            return returned;
	          }
	        } catch (error) {
	          e = error;
	          {
	            this.trigger("error", e);
	          }
	          return null;
	        }
	      });
	      return ((await Promise.all(promises))).find(function(x) {
	        return x != null;
	      });
	    } catch (error) {
	      e = error;
	      {
	        this.trigger("error", e);
	      }
	      return null;
	    }
	  }

	};

	var Events_1 = Events;

	var DLList$1, Events$1, Queues;

	DLList$1 = DLList_1;

	Events$1 = Events_1;

	Queues = class Queues {
	  constructor(num_priorities) {
	    var i;
	    this.Events = new Events$1(this);
	    this._length = 0;
	    this._lists = (function() {
	      var j, ref, results;
	      results = [];
	      for (i = j = 1, ref = num_priorities; (1 <= ref ? j <= ref : j >= ref); i = 1 <= ref ? ++j : --j) {
	        results.push(new DLList$1((() => {
	          return this.incr();
	        }), (() => {
	          return this.decr();
	        })));
	      }
	      return results;
	    }).call(this);
	  }

	  incr() {
	    if (this._length++ === 0) {
	      return this.Events.trigger("leftzero");
	    }
	  }

	  decr() {
	    if (--this._length === 0) {
	      return this.Events.trigger("zero");
	    }
	  }

	  push(job) {
	    return this._lists[job.options.priority].push(job);
	  }

	  queued(priority) {
	    if (priority != null) {
	      return this._lists[priority].length;
	    } else {
	      return this._length;
	    }
	  }

	  shiftAll(fn) {
	    return this._lists.forEach(function(list) {
	      return list.forEachShift(fn);
	    });
	  }

	  getFirst(arr = this._lists) {
	    var j, len, list;
	    for (j = 0, len = arr.length; j < len; j++) {
	      list = arr[j];
	      if (list.length > 0) {
	        return list;
	      }
	    }
	    return [];
	  }

	  shiftLastFrom(priority) {
	    return this.getFirst(this._lists.slice(priority).reverse()).shift();
	  }

	};

	var Queues_1 = Queues;

	var BottleneckError;

	BottleneckError = class BottleneckError extends Error {};

	var BottleneckError_1 = BottleneckError;

	var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;

	NUM_PRIORITIES = 10;

	DEFAULT_PRIORITY = 5;

	parser$1 = parser;

	BottleneckError$1 = BottleneckError_1;

	Job = class Job {
	  constructor(task, args, options, jobDefaults, rejectOnDrop, Events, _states, Promise) {
	    this.task = task;
	    this.args = args;
	    this.rejectOnDrop = rejectOnDrop;
	    this.Events = Events;
	    this._states = _states;
	    this.Promise = Promise;
	    this.options = parser$1.load(options, jobDefaults);
	    this.options.priority = this._sanitizePriority(this.options.priority);
	    if (this.options.id === jobDefaults.id) {
	      this.options.id = `${this.options.id}-${this._randomIndex()}`;
	    }
	    this.promise = new this.Promise((_resolve, _reject) => {
	      this._resolve = _resolve;
	      this._reject = _reject;
	    });
	    this.retryCount = 0;
	  }

	  _sanitizePriority(priority) {
	    var sProperty;
	    sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
	    if (sProperty < 0) {
	      return 0;
	    } else if (sProperty > NUM_PRIORITIES - 1) {
	      return NUM_PRIORITIES - 1;
	    } else {
	      return sProperty;
	    }
	  }

	  _randomIndex() {
	    return Math.random().toString(36).slice(2);
	  }

	  doDrop({error, message = "This job has been dropped by Bottleneck"} = {}) {
	    if (this._states.remove(this.options.id)) {
	      if (this.rejectOnDrop) {
	        this._reject(error != null ? error : new BottleneckError$1(message));
	      }
	      this.Events.trigger("dropped", {args: this.args, options: this.options, task: this.task, promise: this.promise});
	      return true;
	    } else {
	      return false;
	    }
	  }

	  _assertStatus(expected) {
	    var status;
	    status = this._states.jobStatus(this.options.id);
	    if (!(status === expected || (expected === "DONE" && status === null))) {
	      throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
	    }
	  }

	  doReceive() {
	    this._states.start(this.options.id);
	    return this.Events.trigger("received", {args: this.args, options: this.options});
	  }

	  doQueue(reachedHWM, blocked) {
	    this._assertStatus("RECEIVED");
	    this._states.next(this.options.id);
	    return this.Events.trigger("queued", {args: this.args, options: this.options, reachedHWM, blocked});
	  }

	  doRun() {
	    if (this.retryCount === 0) {
	      this._assertStatus("QUEUED");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    return this.Events.trigger("scheduled", {args: this.args, options: this.options});
	  }

	  async doExecute(chained, clearGlobalState, run, free) {
	    var error, eventInfo, passed;
	    if (this.retryCount === 0) {
	      this._assertStatus("RUNNING");
	      this._states.next(this.options.id);
	    } else {
	      this._assertStatus("EXECUTING");
	    }
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    this.Events.trigger("executing", eventInfo);
	    try {
	      passed = (await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args)));
	      if (clearGlobalState()) {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._resolve(passed);
	      }
	    } catch (error1) {
	      error = error1;
	      return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	    }
	  }

	  doExpire(clearGlobalState, run, free) {
	    var error, eventInfo;
	    if (this._states.jobStatus(this.options.id === "RUNNING")) {
	      this._states.next(this.options.id);
	    }
	    this._assertStatus("EXECUTING");
	    eventInfo = {args: this.args, options: this.options, retryCount: this.retryCount};
	    error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
	    return this._onFailure(error, eventInfo, clearGlobalState, run, free);
	  }

	  async _onFailure(error, eventInfo, clearGlobalState, run, free) {
	    var retry, retryAfter;
	    if (clearGlobalState()) {
	      retry = (await this.Events.trigger("failed", error, eventInfo));
	      if (retry != null) {
	        retryAfter = ~~retry;
	        this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
	        this.retryCount++;
	        return run(retryAfter);
	      } else {
	        this.doDone(eventInfo);
	        await free(this.options, eventInfo);
	        this._assertStatus("DONE");
	        return this._reject(error);
	      }
	    }
	  }

	  doDone(eventInfo) {
	    this._assertStatus("EXECUTING");
	    this._states.next(this.options.id);
	    return this.Events.trigger("done", eventInfo);
	  }

	};

	var Job_1 = Job;

	var BottleneckError$2, LocalDatastore, parser$2;

	parser$2 = parser;

	BottleneckError$2 = BottleneckError_1;

	LocalDatastore = class LocalDatastore {
	  constructor(instance, storeOptions, storeInstanceOptions) {
	    this.instance = instance;
	    this.storeOptions = storeOptions;
	    this.clientId = this.instance._randomIndex();
	    parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
	    this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
	    this._running = 0;
	    this._done = 0;
	    this._unblockTime = 0;
	    this.ready = this.Promise.resolve();
	    this.clients = {};
	    this._startHeartbeat();
	  }

	  _startHeartbeat() {
	    var base;
	    if ((this.heartbeat == null) && (((this.storeOptions.reservoirRefreshInterval != null) && (this.storeOptions.reservoirRefreshAmount != null)) || ((this.storeOptions.reservoirIncreaseInterval != null) && (this.storeOptions.reservoirIncreaseAmount != null)))) {
	      return typeof (base = (this.heartbeat = setInterval(() => {
	        var amount, incr, maximum, now, reservoir;
	        now = Date.now();
	        if ((this.storeOptions.reservoirRefreshInterval != null) && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
	          this._lastReservoirRefresh = now;
	          this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
	          this.instance._drainAll(this.computeCapacity());
	        }
	        if ((this.storeOptions.reservoirIncreaseInterval != null) && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
	          ({
	            reservoirIncreaseAmount: amount,
	            reservoirIncreaseMaximum: maximum,
	            reservoir
	          } = this.storeOptions);
	          this._lastReservoirIncrease = now;
	          incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
	          if (incr > 0) {
	            this.storeOptions.reservoir += incr;
	            return this.instance._drainAll(this.computeCapacity());
	          }
	        }
	      }, this.heartbeatInterval))).unref === "function" ? base.unref() : void 0;
	    } else {
	      return clearInterval(this.heartbeat);
	    }
	  }

	  async __publish__(message) {
	    await this.yieldLoop();
	    return this.instance.Events.trigger("message", message.toString());
	  }

	  async __disconnect__(flush) {
	    await this.yieldLoop();
	    clearInterval(this.heartbeat);
	    return this.Promise.resolve();
	  }

	  yieldLoop(t = 0) {
	    return new this.Promise(function(resolve, reject) {
	      return setTimeout(resolve, t);
	    });
	  }

	  computePenalty() {
	    var ref;
	    return (ref = this.storeOptions.penalty) != null ? ref : (15 * this.storeOptions.minTime) || 5000;
	  }

	  async __updateSettings__(options) {
	    await this.yieldLoop();
	    parser$2.overwrite(options, options, this.storeOptions);
	    this._startHeartbeat();
	    this.instance._drainAll(this.computeCapacity());
	    return true;
	  }

	  async __running__() {
	    await this.yieldLoop();
	    return this._running;
	  }

	  async __queued__() {
	    await this.yieldLoop();
	    return this.instance.queued();
	  }

	  async __done__() {
	    await this.yieldLoop();
	    return this._done;
	  }

	  async __groupCheck__(time) {
	    await this.yieldLoop();
	    return (this._nextRequest + this.timeout) < time;
	  }

	  computeCapacity() {
	    var maxConcurrent, reservoir;
	    ({maxConcurrent, reservoir} = this.storeOptions);
	    if ((maxConcurrent != null) && (reservoir != null)) {
	      return Math.min(maxConcurrent - this._running, reservoir);
	    } else if (maxConcurrent != null) {
	      return maxConcurrent - this._running;
	    } else if (reservoir != null) {
	      return reservoir;
	    } else {
	      return null;
	    }
	  }

	  conditionsCheck(weight) {
	    var capacity;
	    capacity = this.computeCapacity();
	    return (capacity == null) || weight <= capacity;
	  }

	  async __incrementReservoir__(incr) {
	    var reservoir;
	    await this.yieldLoop();
	    reservoir = this.storeOptions.reservoir += incr;
	    this.instance._drainAll(this.computeCapacity());
	    return reservoir;
	  }

	  async __currentReservoir__() {
	    await this.yieldLoop();
	    return this.storeOptions.reservoir;
	  }

	  isBlocked(now) {
	    return this._unblockTime >= now;
	  }

	  check(weight, now) {
	    return this.conditionsCheck(weight) && (this._nextRequest - now) <= 0;
	  }

	  async __check__(weight) {
	    var now;
	    await this.yieldLoop();
	    now = Date.now();
	    return this.check(weight, now);
	  }

	  async __register__(index, weight, expiration) {
	    var now, wait;
	    await this.yieldLoop();
	    now = Date.now();
	    if (this.conditionsCheck(weight)) {
	      this._running += weight;
	      if (this.storeOptions.reservoir != null) {
	        this.storeOptions.reservoir -= weight;
	      }
	      wait = Math.max(this._nextRequest - now, 0);
	      this._nextRequest = now + wait + this.storeOptions.minTime;
	      return {
	        success: true,
	        wait,
	        reservoir: this.storeOptions.reservoir
	      };
	    } else {
	      return {
	        success: false
	      };
	    }
	  }

	  strategyIsBlock() {
	    return this.storeOptions.strategy === 3;
	  }

	  async __submit__(queueLength, weight) {
	    var blocked, now, reachedHWM;
	    await this.yieldLoop();
	    if ((this.storeOptions.maxConcurrent != null) && weight > this.storeOptions.maxConcurrent) {
	      throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
	    }
	    now = Date.now();
	    reachedHWM = (this.storeOptions.highWater != null) && queueLength === this.storeOptions.highWater && !this.check(weight, now);
	    blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
	    if (blocked) {
	      this._unblockTime = now + this.computePenalty();
	      this._nextRequest = this._unblockTime + this.storeOptions.minTime;
	      this.instance._dropAllQueued();
	    }
	    return {
	      reachedHWM,
	      blocked,
	      strategy: this.storeOptions.strategy
	    };
	  }

	  async __free__(index, weight) {
	    await this.yieldLoop();
	    this._running -= weight;
	    this._done += weight;
	    this.instance._drainAll(this.computeCapacity());
	    return {
	      running: this._running
	    };
	  }

	};

	var LocalDatastore_1 = LocalDatastore;

	var BottleneckError$3, States;

	BottleneckError$3 = BottleneckError_1;

	States = class States {
	  constructor(status1) {
	    this.status = status1;
	    this._jobs = {};
	    this.counts = this.status.map(function() {
	      return 0;
	    });
	  }

	  next(id) {
	    var current, next;
	    current = this._jobs[id];
	    next = current + 1;
	    if ((current != null) && next < this.status.length) {
	      this.counts[current]--;
	      this.counts[next]++;
	      return this._jobs[id]++;
	    } else if (current != null) {
	      this.counts[current]--;
	      return delete this._jobs[id];
	    }
	  }

	  start(id) {
	    var initial;
	    initial = 0;
	    this._jobs[id] = initial;
	    return this.counts[initial]++;
	  }

	  remove(id) {
	    var current;
	    current = this._jobs[id];
	    if (current != null) {
	      this.counts[current]--;
	      delete this._jobs[id];
	    }
	    return current != null;
	  }

	  jobStatus(id) {
	    var ref;
	    return (ref = this.status[this._jobs[id]]) != null ? ref : null;
	  }

	  statusJobs(status) {
	    var k, pos, ref, results, v;
	    if (status != null) {
	      pos = this.status.indexOf(status);
	      if (pos < 0) {
	        throw new BottleneckError$3(`status must be one of ${this.status.join(', ')}`);
	      }
	      ref = this._jobs;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        if (v === pos) {
	          results.push(k);
	        }
	      }
	      return results;
	    } else {
	      return Object.keys(this._jobs);
	    }
	  }

	  statusCounts() {
	    return this.counts.reduce(((acc, v, i) => {
	      acc[this.status[i]] = v;
	      return acc;
	    }), {});
	  }

	};

	var States_1 = States;

	var DLList$2, Sync;

	DLList$2 = DLList_1;

	Sync = class Sync {
	  constructor(name, Promise) {
	    this.schedule = this.schedule.bind(this);
	    this.name = name;
	    this.Promise = Promise;
	    this._running = 0;
	    this._queue = new DLList$2();
	  }

	  isEmpty() {
	    return this._queue.length === 0;
	  }

	  async _tryToRun() {
	    var args, cb, error, reject, resolve, returned, task;
	    if ((this._running < 1) && this._queue.length > 0) {
	      this._running++;
	      ({task, args, resolve, reject} = this._queue.shift());
	      cb = (await (async function() {
	        try {
	          returned = (await task(...args));
	          return function() {
	            return resolve(returned);
	          };
	        } catch (error1) {
	          error = error1;
	          return function() {
	            return reject(error);
	          };
	        }
	      })());
	      this._running--;
	      this._tryToRun();
	      return cb();
	    }
	  }

	  schedule(task, ...args) {
	    var promise, reject, resolve;
	    resolve = reject = null;
	    promise = new this.Promise(function(_resolve, _reject) {
	      resolve = _resolve;
	      return reject = _reject;
	    });
	    this._queue.push({task, args, resolve, reject});
	    this._tryToRun();
	    return promise;
	  }

	};

	var Sync_1 = Sync;

	var version = "2.19.5";
	var version$1 = {
		version: version
	};

	var version$2 = /*#__PURE__*/Object.freeze({
		version: version,
		default: version$1
	});

	var require$$2 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$3 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$4 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;

	parser$3 = parser;

	Events$2 = Events_1;

	RedisConnection$1 = require$$2;

	IORedisConnection$1 = require$$3;

	Scripts$1 = require$$4;

	Group = (function() {
	  class Group {
	    constructor(limiterOptions = {}) {
	      this.deleteKey = this.deleteKey.bind(this);
	      this.limiterOptions = limiterOptions;
	      parser$3.load(this.limiterOptions, this.defaults, this);
	      this.Events = new Events$2(this);
	      this.instances = {};
	      this.Bottleneck = Bottleneck_1;
	      this._startAutoCleanup();
	      this.sharedConnection = this.connection != null;
	      if (this.connection == null) {
	        if (this.limiterOptions.datastore === "redis") {
	          this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        } else if (this.limiterOptions.datastore === "ioredis") {
	          this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, {Events: this.Events}));
	        }
	      }
	    }

	    key(key = "") {
	      var ref;
	      return (ref = this.instances[key]) != null ? ref : (() => {
	        var limiter;
	        limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
	          id: `${this.id}-${key}`,
	          timeout: this.timeout,
	          connection: this.connection
	        }));
	        this.Events.trigger("created", limiter, key);
	        return limiter;
	      })();
	    }

	    async deleteKey(key = "") {
	      var deleted, instance;
	      instance = this.instances[key];
	      if (this.connection) {
	        deleted = (await this.connection.__runCommand__(['del', ...Scripts$1.allKeys(`${this.id}-${key}`)]));
	      }
	      if (instance != null) {
	        delete this.instances[key];
	        await instance.disconnect();
	      }
	      return (instance != null) || deleted > 0;
	    }

	    limiters() {
	      var k, ref, results, v;
	      ref = this.instances;
	      results = [];
	      for (k in ref) {
	        v = ref[k];
	        results.push({
	          key: k,
	          limiter: v
	        });
	      }
	      return results;
	    }

	    keys() {
	      return Object.keys(this.instances);
	    }

	    async clusterKeys() {
	      var cursor, end, found, i, k, keys, len, next, start;
	      if (this.connection == null) {
	        return this.Promise.resolve(this.keys());
	      }
	      keys = [];
	      cursor = null;
	      start = `b_${this.id}-`.length;
	      end = "_settings".length;
	      while (cursor !== 0) {
	        [next, found] = (await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 10000]));
	        cursor = ~~next;
	        for (i = 0, len = found.length; i < len; i++) {
	          k = found[i];
	          keys.push(k.slice(start, -end));
	        }
	      }
	      return keys;
	    }

	    _startAutoCleanup() {
	      var base;
	      clearInterval(this.interval);
	      return typeof (base = (this.interval = setInterval(async() => {
	        var e, k, ref, results, time, v;
	        time = Date.now();
	        ref = this.instances;
	        results = [];
	        for (k in ref) {
	          v = ref[k];
	          try {
	            if ((await v._store.__groupCheck__(time))) {
	              results.push(this.deleteKey(k));
	            } else {
	              results.push(void 0);
	            }
	          } catch (error) {
	            e = error;
	            results.push(v.Events.trigger("error", e));
	          }
	        }
	        return results;
	      }, this.timeout / 2))).unref === "function" ? base.unref() : void 0;
	    }

	    updateSettings(options = {}) {
	      parser$3.overwrite(options, this.defaults, this);
	      parser$3.overwrite(options, options, this.limiterOptions);
	      if (options.timeout != null) {
	        return this._startAutoCleanup();
	      }
	    }

	    disconnect(flush = true) {
	      var ref;
	      if (!this.sharedConnection) {
	        return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
	      }
	    }

	  }
	  Group.prototype.defaults = {
	    timeout: 1000 * 60 * 5,
	    connection: null,
	    Promise: Promise,
	    id: "group-key"
	  };

	  return Group;

	}).call(commonjsGlobal);

	var Group_1 = Group;

	var Batcher, Events$3, parser$4;

	parser$4 = parser;

	Events$3 = Events_1;

	Batcher = (function() {
	  class Batcher {
	    constructor(options = {}) {
	      this.options = options;
	      parser$4.load(this.options, this.defaults, this);
	      this.Events = new Events$3(this);
	      this._arr = [];
	      this._resetPromise();
	      this._lastFlush = Date.now();
	    }

	    _resetPromise() {
	      return this._promise = new this.Promise((res, rej) => {
	        return this._resolve = res;
	      });
	    }

	    _flush() {
	      clearTimeout(this._timeout);
	      this._lastFlush = Date.now();
	      this._resolve();
	      this.Events.trigger("batch", this._arr);
	      this._arr = [];
	      return this._resetPromise();
	    }

	    add(data) {
	      var ret;
	      this._arr.push(data);
	      ret = this._promise;
	      if (this._arr.length === this.maxSize) {
	        this._flush();
	      } else if ((this.maxTime != null) && this._arr.length === 1) {
	        this._timeout = setTimeout(() => {
	          return this._flush();
	        }, this.maxTime);
	      }
	      return ret;
	    }

	  }
	  Batcher.prototype.defaults = {
	    maxTime: null,
	    maxSize: null,
	    Promise: Promise
	  };

	  return Batcher;

	}).call(commonjsGlobal);

	var Batcher_1 = Batcher;

	var require$$4$1 = () => console.log('You must import the full version of Bottleneck in order to use this feature.');

	var require$$8 = getCjsExportFromNamespace(version$2);

	var Bottleneck, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5,
	  splice = [].splice;

	NUM_PRIORITIES$1 = 10;

	DEFAULT_PRIORITY$1 = 5;

	parser$5 = parser;

	Queues$1 = Queues_1;

	Job$1 = Job_1;

	LocalDatastore$1 = LocalDatastore_1;

	RedisDatastore$1 = require$$4$1;

	Events$4 = Events_1;

	States$1 = States_1;

	Sync$1 = Sync_1;

	Bottleneck = (function() {
	  class Bottleneck {
	    constructor(options = {}, ...invalid) {
	      var storeInstanceOptions, storeOptions;
	      this._addToQueue = this._addToQueue.bind(this);
	      this._validateOptions(options, invalid);
	      parser$5.load(options, this.instanceDefaults, this);
	      this._queues = new Queues$1(NUM_PRIORITIES$1);
	      this._scheduled = {};
	      this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
	      this._limiter = null;
	      this.Events = new Events$4(this);
	      this._submitLock = new Sync$1("submit", this.Promise);
	      this._registerLock = new Sync$1("register", this.Promise);
	      storeOptions = parser$5.load(options, this.storeDefaults, {});
	      this._store = (function() {
	        if (this.datastore === "redis" || this.datastore === "ioredis" || (this.connection != null)) {
	          storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
	          return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else if (this.datastore === "local") {
	          storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
	          return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
	        } else {
	          throw new Bottleneck.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
	        }
	      }).call(this);
	      this._queues.on("leftzero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
	      });
	      this._queues.on("zero", () => {
	        var ref;
	        return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
	      });
	    }

	    _validateOptions(options, invalid) {
	      if (!((options != null) && typeof options === "object" && invalid.length === 0)) {
	        throw new Bottleneck.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
	      }
	    }

	    ready() {
	      return this._store.ready;
	    }

	    clients() {
	      return this._store.clients;
	    }

	    channel() {
	      return `b_${this.id}`;
	    }

	    channel_client() {
	      return `b_${this.id}_${this._store.clientId}`;
	    }

	    publish(message) {
	      return this._store.__publish__(message);
	    }

	    disconnect(flush = true) {
	      return this._store.__disconnect__(flush);
	    }

	    chain(_limiter) {
	      this._limiter = _limiter;
	      return this;
	    }

	    queued(priority) {
	      return this._queues.queued(priority);
	    }

	    clusterQueued() {
	      return this._store.__queued__();
	    }

	    empty() {
	      return this.queued() === 0 && this._submitLock.isEmpty();
	    }

	    running() {
	      return this._store.__running__();
	    }

	    done() {
	      return this._store.__done__();
	    }

	    jobStatus(id) {
	      return this._states.jobStatus(id);
	    }

	    jobs(status) {
	      return this._states.statusJobs(status);
	    }

	    counts() {
	      return this._states.statusCounts();
	    }

	    _randomIndex() {
	      return Math.random().toString(36).slice(2);
	    }

	    check(weight = 1) {
	      return this._store.__check__(weight);
	    }

	    _clearGlobalState(index) {
	      if (this._scheduled[index] != null) {
	        clearTimeout(this._scheduled[index].expiration);
	        delete this._scheduled[index];
	        return true;
	      } else {
	        return false;
	      }
	    }

	    async _free(index, job, options, eventInfo) {
	      var e, running;
	      try {
	        ({running} = (await this._store.__free__(index, options.weight)));
	        this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
	        if (running === 0 && this.empty()) {
	          return this.Events.trigger("idle");
	        }
	      } catch (error1) {
	        e = error1;
	        return this.Events.trigger("error", e);
	      }
	    }

	    _run(index, job, wait) {
	      var clearGlobalState, free, run;
	      job.doRun();
	      clearGlobalState = this._clearGlobalState.bind(this, index);
	      run = this._run.bind(this, index, job);
	      free = this._free.bind(this, index, job);
	      return this._scheduled[index] = {
	        timeout: setTimeout(() => {
	          return job.doExecute(this._limiter, clearGlobalState, run, free);
	        }, wait),
	        expiration: job.options.expiration != null ? setTimeout(function() {
	          return job.doExpire(clearGlobalState, run, free);
	        }, wait + job.options.expiration) : void 0,
	        job: job
	      };
	    }

	    _drainOne(capacity) {
	      return this._registerLock.schedule(() => {
	        var args, index, next, options, queue;
	        if (this.queued() === 0) {
	          return this.Promise.resolve(null);
	        }
	        queue = this._queues.getFirst();
	        ({options, args} = next = queue.first());
	        if ((capacity != null) && options.weight > capacity) {
	          return this.Promise.resolve(null);
	        }
	        this.Events.trigger("debug", `Draining ${options.id}`, {args, options});
	        index = this._randomIndex();
	        return this._store.__register__(index, options.weight, options.expiration).then(({success, wait, reservoir}) => {
	          var empty;
	          this.Events.trigger("debug", `Drained ${options.id}`, {success, args, options});
	          if (success) {
	            queue.shift();
	            empty = this.empty();
	            if (empty) {
	              this.Events.trigger("empty");
	            }
	            if (reservoir === 0) {
	              this.Events.trigger("depleted", empty);
	            }
	            this._run(index, next, wait);
	            return this.Promise.resolve(options.weight);
	          } else {
	            return this.Promise.resolve(null);
	          }
	        });
	      });
	    }

	    _drainAll(capacity, total = 0) {
	      return this._drainOne(capacity).then((drained) => {
	        var newCapacity;
	        if (drained != null) {
	          newCapacity = capacity != null ? capacity - drained : capacity;
	          return this._drainAll(newCapacity, total + drained);
	        } else {
	          return this.Promise.resolve(total);
	        }
	      }).catch((e) => {
	        return this.Events.trigger("error", e);
	      });
	    }

	    _dropAllQueued(message) {
	      return this._queues.shiftAll(function(job) {
	        return job.doDrop({message});
	      });
	    }

	    stop(options = {}) {
	      var done, waitForExecuting;
	      options = parser$5.load(options, this.stopDefaults);
	      waitForExecuting = (at) => {
	        var finished;
	        finished = () => {
	          var counts;
	          counts = this._states.counts;
	          return (counts[0] + counts[1] + counts[2] + counts[3]) === at;
	        };
	        return new this.Promise((resolve, reject) => {
	          if (finished()) {
	            return resolve();
	          } else {
	            return this.on("done", () => {
	              if (finished()) {
	                this.removeAllListeners("done");
	                return resolve();
	              }
	            });
	          }
	        });
	      };
	      done = options.dropWaitingJobs ? (this._run = function(index, next) {
	        return next.doDrop({
	          message: options.dropErrorMessage
	        });
	      }, this._drainOne = () => {
	        return this.Promise.resolve(null);
	      }, this._registerLock.schedule(() => {
	        return this._submitLock.schedule(() => {
	          var k, ref, v;
	          ref = this._scheduled;
	          for (k in ref) {
	            v = ref[k];
	            if (this.jobStatus(v.job.options.id) === "RUNNING") {
	              clearTimeout(v.timeout);
	              clearTimeout(v.expiration);
	              v.job.doDrop({
	                message: options.dropErrorMessage
	              });
	            }
	          }
	          this._dropAllQueued(options.dropErrorMessage);
	          return waitForExecuting(0);
	        });
	      })) : this.schedule({
	        priority: NUM_PRIORITIES$1 - 1,
	        weight: 0
	      }, () => {
	        return waitForExecuting(1);
	      });
	      this._receive = function(job) {
	        return job._reject(new Bottleneck.prototype.BottleneckError(options.enqueueErrorMessage));
	      };
	      this.stop = () => {
	        return this.Promise.reject(new Bottleneck.prototype.BottleneckError("stop() has already been called"));
	      };
	      return done;
	    }

	    async _addToQueue(job) {
	      var args, blocked, error, options, reachedHWM, shifted, strategy;
	      ({args, options} = job);
	      try {
	        ({reachedHWM, blocked, strategy} = (await this._store.__submit__(this.queued(), options.weight)));
	      } catch (error1) {
	        error = error1;
	        this.Events.trigger("debug", `Could not queue ${options.id}`, {args, options, error});
	        job.doDrop({error});
	        return false;
	      }
	      if (blocked) {
	        job.doDrop();
	        return true;
	      } else if (reachedHWM) {
	        shifted = strategy === Bottleneck.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck.prototype.strategy.OVERFLOW ? job : void 0;
	        if (shifted != null) {
	          shifted.doDrop();
	        }
	        if ((shifted == null) || strategy === Bottleneck.prototype.strategy.OVERFLOW) {
	          if (shifted == null) {
	            job.doDrop();
	          }
	          return reachedHWM;
	        }
	      }
	      job.doQueue(reachedHWM, blocked);
	      this._queues.push(job);
	      await this._drainAll();
	      return reachedHWM;
	    }

	    _receive(job) {
	      if (this._states.jobStatus(job.options.id) != null) {
	        job._reject(new Bottleneck.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
	        return false;
	      } else {
	        job.doReceive();
	        return this._submitLock.schedule(this._addToQueue, job);
	      }
	    }

	    submit(...args) {
	      var cb, fn, job, options, ref, ref1, task;
	      if (typeof args[0] === "function") {
	        ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
	        options = parser$5.load({}, this.jobDefaults);
	      } else {
	        ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
	        options = parser$5.load(options, this.jobDefaults);
	      }
	      task = (...args) => {
	        return new this.Promise(function(resolve, reject) {
	          return fn(...args, function(...args) {
	            return (args[0] != null ? reject : resolve)(args);
	          });
	        });
	      };
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      job.promise.then(function(args) {
	        return typeof cb === "function" ? cb(...args) : void 0;
	      }).catch(function(args) {
	        if (Array.isArray(args)) {
	          return typeof cb === "function" ? cb(...args) : void 0;
	        } else {
	          return typeof cb === "function" ? cb(args) : void 0;
	        }
	      });
	      return this._receive(job);
	    }

	    schedule(...args) {
	      var job, options, task;
	      if (typeof args[0] === "function") {
	        [task, ...args] = args;
	        options = {};
	      } else {
	        [options, task, ...args] = args;
	      }
	      job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
	      this._receive(job);
	      return job.promise;
	    }

	    wrap(fn) {
	      var schedule, wrapped;
	      schedule = this.schedule.bind(this);
	      wrapped = function(...args) {
	        return schedule(fn.bind(this), ...args);
	      };
	      wrapped.withOptions = function(options, ...args) {
	        return schedule(options, fn, ...args);
	      };
	      return wrapped;
	    }

	    async updateSettings(options = {}) {
	      await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
	      parser$5.overwrite(options, this.instanceDefaults, this);
	      return this;
	    }

	    currentReservoir() {
	      return this._store.__currentReservoir__();
	    }

	    incrementReservoir(incr = 0) {
	      return this._store.__incrementReservoir__(incr);
	    }

	  }
	  Bottleneck.default = Bottleneck;

	  Bottleneck.Events = Events$4;

	  Bottleneck.version = Bottleneck.prototype.version = require$$8.version;

	  Bottleneck.strategy = Bottleneck.prototype.strategy = {
	    LEAK: 1,
	    OVERFLOW: 2,
	    OVERFLOW_PRIORITY: 4,
	    BLOCK: 3
	  };

	  Bottleneck.BottleneckError = Bottleneck.prototype.BottleneckError = BottleneckError_1;

	  Bottleneck.Group = Bottleneck.prototype.Group = Group_1;

	  Bottleneck.RedisConnection = Bottleneck.prototype.RedisConnection = require$$2;

	  Bottleneck.IORedisConnection = Bottleneck.prototype.IORedisConnection = require$$3;

	  Bottleneck.Batcher = Bottleneck.prototype.Batcher = Batcher_1;

	  Bottleneck.prototype.jobDefaults = {
	    priority: DEFAULT_PRIORITY$1,
	    weight: 1,
	    expiration: null,
	    id: "<no-id>"
	  };

	  Bottleneck.prototype.storeDefaults = {
	    maxConcurrent: null,
	    minTime: 0,
	    highWater: null,
	    strategy: Bottleneck.prototype.strategy.LEAK,
	    penalty: null,
	    reservoir: null,
	    reservoirRefreshInterval: null,
	    reservoirRefreshAmount: null,
	    reservoirIncreaseInterval: null,
	    reservoirIncreaseAmount: null,
	    reservoirIncreaseMaximum: null
	  };

	  Bottleneck.prototype.localStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 250
	  };

	  Bottleneck.prototype.redisStoreDefaults = {
	    Promise: Promise,
	    timeout: null,
	    heartbeatInterval: 5000,
	    clientTimeout: 10000,
	    Redis: null,
	    clientOptions: {},
	    clusterNodes: null,
	    clearDatastore: false,
	    connection: null
	  };

	  Bottleneck.prototype.instanceDefaults = {
	    datastore: "local",
	    connection: null,
	    id: "<no-id>",
	    rejectOnDrop: true,
	    trackDoneStatus: false,
	    Promise: Promise
	  };

	  Bottleneck.prototype.stopDefaults = {
	    enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
	    dropWaitingJobs: true,
	    dropErrorMessage: "This limiter has been stopped."
	  };

	  return Bottleneck;

	}).call(commonjsGlobal);

	var Bottleneck_1 = Bottleneck;

	var lib = Bottleneck_1;

	return lib;

})));


/***/ }),

/***/ 756:
/***/ ((module) => {

const { hasOwnProperty } = Object.prototype

const encode = (obj, opt = {}) => {
  if (typeof opt === 'string') {
    opt = { section: opt }
  }
  opt.align = opt.align === true
  opt.newline = opt.newline === true
  opt.sort = opt.sort === true
  opt.whitespace = opt.whitespace === true || opt.align === true
  // The `typeof` check is required because accessing the `process` directly fails on browsers.
  /* istanbul ignore next */
  opt.platform = opt.platform || (typeof process !== 'undefined' && process.platform)
  opt.bracketedArray = opt.bracketedArray !== false

  /* istanbul ignore next */
  const eol = opt.platform === 'win32' ? '\r\n' : '\n'
  const separator = opt.whitespace ? ' = ' : '='
  const children = []

  const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj)

  let padToChars = 0
  // If aligning on the separator, then padToChars is determined as follows:
  // 1. Get the keys
  // 2. Exclude keys pointing to objects unless the value is null or an array
  // 3. Add `[]` to array keys
  // 4. Ensure non empty set of keys
  // 5. Reduce the set to the longest `safe` key
  // 6. Get the `safe` length
  if (opt.align) {
    padToChars = safe(
      (
        keys
          .filter(k => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== 'object')
          .map(k => Array.isArray(obj[k]) ? `${k}[]` : k)
      )
        .concat([''])
        .reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
    ).length
  }

  let out = ''
  const arraySuffix = opt.bracketedArray ? '[]' : ''

  for (const k of keys) {
    const val = obj[k]
    if (val && Array.isArray(val)) {
      for (const item of val) {
        out += safe(`${k}${arraySuffix}`).padEnd(padToChars, ' ') + separator + safe(item) + eol
      }
    } else if (val && typeof val === 'object') {
      children.push(k)
    } else {
      out += safe(k).padEnd(padToChars, ' ') + separator + safe(val) + eol
    }
  }

  if (opt.section && out.length) {
    out = '[' + safe(opt.section) + ']' + (opt.newline ? eol + eol : eol) + out
  }

  for (const k of children) {
    const nk = splitSections(k, '.').join('\\.')
    const section = (opt.section ? opt.section + '.' : '') + nk
    const child = encode(obj[k], {
      ...opt,
      section,
    })
    if (out.length && child.length) {
      out += eol
    }

    out += child
  }

  return out
}

function splitSections (str, separator) {
  var lastMatchIndex = 0
  var lastSeparatorIndex = 0
  var nextIndex = 0
  var sections = []

  do {
    nextIndex = str.indexOf(separator, lastMatchIndex)

    if (nextIndex !== -1) {
      lastMatchIndex = nextIndex + separator.length

      if (nextIndex > 0 && str[nextIndex - 1] === '\\') {
        continue
      }

      sections.push(str.slice(lastSeparatorIndex, nextIndex))
      lastSeparatorIndex = nextIndex + separator.length
    }
  } while (nextIndex !== -1)

  sections.push(str.slice(lastSeparatorIndex))

  return sections
}

const decode = (str, opt = {}) => {
  opt.bracketedArray = opt.bracketedArray !== false
  const out = Object.create(null)
  let p = out
  let section = null
  //          section          |key      = value
  const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i
  const lines = str.split(/[\r\n]+/g)
  const duplicates = {}

  for (const line of lines) {
    if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
      continue
    }
    const match = line.match(re)
    if (!match) {
      continue
    }
    if (match[1] !== undefined) {
      section = unsafe(match[1])
      if (section === '__proto__') {
        // not allowed
        // keep parsing the section, but don't attach it.
        p = Object.create(null)
        continue
      }
      p = out[section] = out[section] || Object.create(null)
      continue
    }
    const keyRaw = unsafe(match[2])
    let isArray
    if (opt.bracketedArray) {
      isArray = keyRaw.length > 2 && keyRaw.slice(-2) === '[]'
    } else {
      duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1
      isArray = duplicates[keyRaw] > 1
    }
    const key = isArray && keyRaw.endsWith('[]')
      ? keyRaw.slice(0, -2) : keyRaw

    if (key === '__proto__') {
      continue
    }
    const valueRaw = match[3] ? unsafe(match[4]) : true
    const value = valueRaw === 'true' ||
      valueRaw === 'false' ||
      valueRaw === 'null' ? JSON.parse(valueRaw)
      : valueRaw

    // Convert keys with '[]' suffix to an array
    if (isArray) {
      if (!hasOwnProperty.call(p, key)) {
        p[key] = []
      } else if (!Array.isArray(p[key])) {
        p[key] = [p[key]]
      }
    }

    // safeguard against resetting a previously defined
    // array by accidentally forgetting the brackets
    if (Array.isArray(p[key])) {
      p[key].push(value)
    } else {
      p[key] = value
    }
  }

  // {a:{y:1},"a.b":{x:2}} --> {a:{y:1,b:{x:2}}}
  // use a filter to return the keys that have to be deleted.
  const remove = []
  for (const k of Object.keys(out)) {
    if (!hasOwnProperty.call(out, k) ||
      typeof out[k] !== 'object' ||
      Array.isArray(out[k])) {
      continue
    }

    // see if the parent section is also an object.
    // if so, add it to that, and mark this one for deletion
    const parts = splitSections(k, '.')
    p = out
    const l = parts.pop()
    const nl = l.replace(/\\\./g, '.')
    for (const part of parts) {
      if (part === '__proto__') {
        continue
      }
      if (!hasOwnProperty.call(p, part) || typeof p[part] !== 'object') {
        p[part] = Object.create(null)
      }
      p = p[part]
    }
    if (p === out && nl === l) {
      continue
    }

    p[nl] = out[k]
    remove.push(k)
  }
  for (const del of remove) {
    delete out[del]
  }

  return out
}

const isQuoted = val => {
  return (val.startsWith('"') && val.endsWith('"')) ||
    (val.startsWith("'") && val.endsWith("'"))
}

const safe = val => {
  if (
    typeof val !== 'string' ||
    val.match(/[=\r\n]/) ||
    val.match(/^\[/) ||
    (val.length > 1 && isQuoted(val)) ||
    val !== val.trim()
  ) {
    return JSON.stringify(val)
  }
  return val.split(';').join('\\;').split('#').join('\\#')
}

const unsafe = val => {
  val = (val || '').trim()
  if (isQuoted(val)) {
    // remove the single quotes before calling JSON.parse
    if (val.charAt(0) === "'") {
      val = val.slice(1, -1)
    }
    try {
      val = JSON.parse(val)
    } catch {
      // ignore errors
    }
  } else {
    // walk the val to find the first not-escaped ; character
    let esc = false
    let unesc = ''
    for (let i = 0, l = val.length; i < l; i++) {
      const c = val.charAt(i)
      if (esc) {
        if ('\\;#'.indexOf(c) !== -1) {
          unesc += c
        } else {
          unesc += '\\' + c
        }

        esc = false
      } else if (';#'.indexOf(c) !== -1) {
        break
      } else if (c === '\\') {
        esc = true
      } else {
        unesc += c
      }
    }
    if (esc) {
      unesc += '\\'
    }

    return unesc.trim()
  }
  return val
}

module.exports = {
  parse: decode,
  decode,
  stringify: encode,
  encode,
  safe,
  unsafe,
}


/***/ }),

/***/ 857:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(752);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 752:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./build/src/core/data/systemd252.js
// Generated by scripts/gen-systemd-data.py from systemd 252 (252.39-1~deb12u2) (x86-64, libseccomp 2.5.4).
// Do not edit by hand; regenerate with the script. Later releases: ./releases.ts.
const SYSTEMD_VERSION = "systemd 252 (252.39-1~deb12u2)";
const SYSCALL_GROUPS = {
    "@default": {
        "description": "System calls that are always permitted",
        "members": [
            "arch_prctl",
            "brk",
            "cacheflush",
            "clock_getres",
            "clock_getres_time64",
            "clock_gettime",
            "clock_gettime64",
            "clock_nanosleep",
            "clock_nanosleep_time64",
            "execve",
            "exit",
            "exit_group",
            "futex",
            "futex_time64",
            "futex_waitv",
            "get_robust_list",
            "get_thread_area",
            "getegid",
            "getegid32",
            "geteuid",
            "geteuid32",
            "getgid",
            "getgid32",
            "getgroups",
            "getgroups32",
            "getpgid",
            "getpgrp",
            "getpid",
            "getppid",
            "getrandom",
            "getresgid",
            "getresgid32",
            "getresuid",
            "getresuid32",
            "getrlimit",
            "getsid",
            "gettid",
            "gettimeofday",
            "getuid",
            "getuid32",
            "membarrier",
            "mmap",
            "mmap2",
            "mprotect",
            "munmap",
            "nanosleep",
            "pause",
            "prlimit64",
            "restart_syscall",
            "riscv_flush_icache",
            "riscv_hwprobe",
            "rseq",
            "rt_sigreturn",
            "sched_getaffinity",
            "sched_yield",
            "set_robust_list",
            "set_thread_area",
            "set_tid_address",
            "set_tls",
            "sigreturn",
            "time",
            "ugetrlimit",
            "uretprobe"
        ]
    },
    "@aio": {
        "description": "Asynchronous IO",
        "members": [
            "io_cancel",
            "io_destroy",
            "io_getevents",
            "io_pgetevents",
            "io_pgetevents_time64",
            "io_setup",
            "io_submit",
            "io_uring_enter",
            "io_uring_register",
            "io_uring_setup"
        ]
    },
    "@basic-io": {
        "description": "Basic IO",
        "members": [
            "_llseek",
            "close",
            "close_range",
            "dup",
            "dup2",
            "dup3",
            "lseek",
            "pread64",
            "preadv",
            "preadv2",
            "pwrite64",
            "pwritev",
            "pwritev2",
            "read",
            "readv",
            "write",
            "writev"
        ]
    },
    "@chown": {
        "description": "Change ownership of files and directories",
        "members": [
            "chown",
            "chown32",
            "fchown",
            "fchown32",
            "fchownat",
            "lchown",
            "lchown32"
        ]
    },
    "@clock": {
        "description": "Change the system time",
        "members": [
            "adjtimex",
            "clock_adjtime",
            "clock_adjtime64",
            "clock_settime",
            "clock_settime64",
            "settimeofday"
        ]
    },
    "@cpu-emulation": {
        "description": "System calls for CPU emulation functionality",
        "members": [
            "modify_ldt",
            "subpage_prot",
            "switch_endian",
            "vm86",
            "vm86old"
        ]
    },
    "@debug": {
        "description": "Debugging, performance monitoring and tracing functionality",
        "members": [
            "lookup_dcookie",
            "perf_event_open",
            "pidfd_getfd",
            "ptrace",
            "rtas",
            "s390_runtime_instr",
            "sys_debug_setcontext"
        ]
    },
    "@file-system": {
        "description": "File system operations",
        "members": [
            "access",
            "chdir",
            "chmod",
            "close",
            "creat",
            "faccessat",
            "faccessat2",
            "fallocate",
            "fchdir",
            "fchmod",
            "fchmodat",
            "fchmodat2",
            "fcntl",
            "fcntl64",
            "fgetxattr",
            "flistxattr",
            "fremovexattr",
            "fsetxattr",
            "fstat",
            "fstat64",
            "fstatat64",
            "fstatfs",
            "fstatfs64",
            "ftruncate",
            "ftruncate64",
            "futimesat",
            "getcwd",
            "getdents",
            "getdents64",
            "getxattr",
            "inotify_add_watch",
            "inotify_init",
            "inotify_init1",
            "inotify_rm_watch",
            "lgetxattr",
            "link",
            "linkat",
            "listxattr",
            "llistxattr",
            "lremovexattr",
            "lsetxattr",
            "lstat",
            "lstat64",
            "mkdir",
            "mkdirat",
            "mknod",
            "mknodat",
            "newfstatat",
            "oldfstat",
            "oldlstat",
            "oldstat",
            "open",
            "openat",
            "openat2",
            "readlink",
            "readlinkat",
            "removexattr",
            "rename",
            "renameat",
            "renameat2",
            "rmdir",
            "setxattr",
            "stat",
            "stat64",
            "statfs",
            "statfs64",
            "statx",
            "symlink",
            "symlinkat",
            "truncate",
            "truncate64",
            "unlink",
            "unlinkat",
            "utime",
            "utimensat",
            "utimensat_time64",
            "utimes"
        ]
    },
    "@io-event": {
        "description": "Event loop system calls",
        "members": [
            "_newselect",
            "epoll_create",
            "epoll_create1",
            "epoll_ctl",
            "epoll_ctl_old",
            "epoll_pwait",
            "epoll_pwait2",
            "epoll_wait",
            "epoll_wait_old",
            "eventfd",
            "eventfd2",
            "poll",
            "ppoll",
            "ppoll_time64",
            "pselect6",
            "pselect6_time64",
            "select"
        ]
    },
    "@ipc": {
        "description": "SysV IPC, POSIX Message Queues or other IPC",
        "members": [
            "ipc",
            "memfd_create",
            "mq_getsetattr",
            "mq_notify",
            "mq_open",
            "mq_timedreceive",
            "mq_timedreceive_time64",
            "mq_timedsend",
            "mq_timedsend_time64",
            "mq_unlink",
            "msgctl",
            "msgget",
            "msgrcv",
            "msgsnd",
            "pipe",
            "pipe2",
            "process_madvise",
            "process_vm_readv",
            "process_vm_writev",
            "semctl",
            "semget",
            "semop",
            "semtimedop",
            "semtimedop_time64",
            "shmat",
            "shmctl",
            "shmdt",
            "shmget"
        ]
    },
    "@keyring": {
        "description": "Kernel keyring access",
        "members": [
            "add_key",
            "keyctl",
            "request_key"
        ]
    },
    "@memlock": {
        "description": "Memory locking control",
        "members": [
            "mlock",
            "mlock2",
            "mlockall",
            "munlock",
            "munlockall"
        ]
    },
    "@module": {
        "description": "Loading and unloading of kernel modules",
        "members": [
            "delete_module",
            "finit_module",
            "init_module"
        ]
    },
    "@mount": {
        "description": "Mounting and unmounting of file systems",
        "members": [
            "chroot",
            "fsconfig",
            "fsmount",
            "fsopen",
            "fspick",
            "mount",
            "mount_setattr",
            "move_mount",
            "open_tree",
            "pivot_root",
            "umount",
            "umount2"
        ]
    },
    "@network-io": {
        "description": "Network or Unix socket IO, should not be needed if not network facing",
        "members": [
            "accept",
            "accept4",
            "bind",
            "connect",
            "getpeername",
            "getsockname",
            "getsockopt",
            "listen",
            "recv",
            "recvfrom",
            "recvmmsg",
            "recvmmsg_time64",
            "recvmsg",
            "send",
            "sendmmsg",
            "sendmsg",
            "sendto",
            "setsockopt",
            "shutdown",
            "socket",
            "socketcall",
            "socketpair"
        ]
    },
    "@obsolete": {
        "description": "Unusual, obsolete or unimplemented system calls",
        "members": [
            "_sysctl",
            "afs_syscall",
            "bdflush",
            "break",
            "create_module",
            "ftime",
            "get_kernel_syms",
            "getpmsg",
            "gtty",
            "idle",
            "lock",
            "mpx",
            "prof",
            "profil",
            "putpmsg",
            "query_module",
            "security",
            "sgetmask",
            "ssetmask",
            "stime",
            "stty",
            "sysfs",
            "tuxcall",
            "ulimit",
            "uselib",
            "ustat",
            "vserver"
        ]
    },
    "@pkey": {
        "description": "System calls used for memory protection keys",
        "members": [
            "pkey_alloc",
            "pkey_free",
            "pkey_mprotect"
        ]
    },
    "@privileged": {
        "description": "All system calls which need super-user capabilities",
        "members": [
            "@chown",
            "@clock",
            "@module",
            "@raw-io",
            "@reboot",
            "@swap",
            "_sysctl",
            "acct",
            "bpf",
            "capset",
            "chroot",
            "fanotify_init",
            "fanotify_mark",
            "nfsservctl",
            "open_by_handle_at",
            "pivot_root",
            "quotactl",
            "quotactl_fd",
            "setdomainname",
            "setfsuid",
            "setfsuid32",
            "setgroups",
            "setgroups32",
            "sethostname",
            "setresuid",
            "setresuid32",
            "setreuid",
            "setreuid32",
            "setuid",
            "setuid32",
            "vhangup"
        ]
    },
    "@process": {
        "description": "Process control, execution, namespacing operations",
        "members": [
            "capget",
            "clone",
            "clone3",
            "execveat",
            "fork",
            "getrusage",
            "kill",
            "pidfd_open",
            "pidfd_send_signal",
            "prctl",
            "rt_sigqueueinfo",
            "rt_tgsigqueueinfo",
            "setns",
            "swapcontext",
            "tgkill",
            "times",
            "tkill",
            "unshare",
            "vfork",
            "wait4",
            "waitid",
            "waitpid"
        ]
    },
    "@raw-io": {
        "description": "Raw I/O port access",
        "members": [
            "ioperm",
            "iopl",
            "pciconfig_iobase",
            "pciconfig_read",
            "pciconfig_write",
            "s390_pci_mmio_read",
            "s390_pci_mmio_write"
        ]
    },
    "@reboot": {
        "description": "Reboot and reboot preparation/kexec",
        "members": [
            "kexec_file_load",
            "kexec_load",
            "reboot"
        ]
    },
    "@resources": {
        "description": "Alter resource settings",
        "members": [
            "ioprio_set",
            "mbind",
            "migrate_pages",
            "move_pages",
            "nice",
            "sched_setaffinity",
            "sched_setattr",
            "sched_setparam",
            "sched_setscheduler",
            "set_mempolicy",
            "set_mempolicy_home_node",
            "setpriority",
            "setrlimit"
        ]
    },
    "@setuid": {
        "description": "Operations for changing user/group credentials",
        "members": [
            "setgid",
            "setgid32",
            "setgroups",
            "setgroups32",
            "setregid",
            "setregid32",
            "setresgid",
            "setresgid32",
            "setresuid",
            "setresuid32",
            "setreuid",
            "setreuid32",
            "setuid",
            "setuid32"
        ]
    },
    "@signal": {
        "description": "Process signal handling",
        "members": [
            "rt_sigaction",
            "rt_sigpending",
            "rt_sigprocmask",
            "rt_sigsuspend",
            "rt_sigtimedwait",
            "rt_sigtimedwait_time64",
            "sigaction",
            "sigaltstack",
            "signal",
            "signalfd",
            "signalfd4",
            "sigpending",
            "sigprocmask",
            "sigsuspend"
        ]
    },
    "@swap": {
        "description": "Enable/disable swap devices",
        "members": [
            "swapoff",
            "swapon"
        ]
    },
    "@sync": {
        "description": "Synchronize files and memory to storage",
        "members": [
            "fdatasync",
            "fsync",
            "msync",
            "sync",
            "sync_file_range",
            "sync_file_range2",
            "syncfs"
        ]
    },
    "@system-service": {
        "description": "General system service operations",
        "members": [
            "@aio",
            "@basic-io",
            "@chown",
            "@default",
            "@file-system",
            "@io-event",
            "@ipc",
            "@keyring",
            "@memlock",
            "@network-io",
            "@process",
            "@resources",
            "@setuid",
            "@signal",
            "@sync",
            "@timer",
            "arm_fadvise64_64",
            "capget",
            "capset",
            "copy_file_range",
            "fadvise64",
            "fadvise64_64",
            "flock",
            "get_mempolicy",
            "getcpu",
            "getpriority",
            "ioctl",
            "ioprio_get",
            "kcmp",
            "madvise",
            "mremap",
            "name_to_handle_at",
            "oldolduname",
            "olduname",
            "personality",
            "readahead",
            "readdir",
            "remap_file_pages",
            "sched_get_priority_max",
            "sched_get_priority_min",
            "sched_getattr",
            "sched_getparam",
            "sched_getscheduler",
            "sched_rr_get_interval",
            "sched_rr_get_interval_time64",
            "sched_yield",
            "sendfile",
            "sendfile64",
            "setfsgid",
            "setfsgid32",
            "setfsuid",
            "setfsuid32",
            "setpgid",
            "setsid",
            "splice",
            "sysinfo",
            "tee",
            "umask",
            "uname",
            "userfaultfd",
            "vmsplice"
        ]
    },
    "@timer": {
        "description": "Schedule operations by time",
        "members": [
            "alarm",
            "getitimer",
            "setitimer",
            "timer_create",
            "timer_delete",
            "timer_getoverrun",
            "timer_gettime",
            "timer_gettime64",
            "timer_settime",
            "timer_settime64",
            "timerfd_create",
            "timerfd_gettime",
            "timerfd_gettime64",
            "timerfd_settime",
            "timerfd_settime64",
            "times"
        ]
    },
    "@known": {
        "description": "All known syscalls declared in the kernel",
        "members": [
            "@obsolete",
            "_llseek",
            "_newselect",
            "accept",
            "accept4",
            "access",
            "acct",
            "add_key",
            "adjtimex",
            "alarm",
            "arc_gettls",
            "arc_settls",
            "arc_usr_cmpxchg",
            "arch_prctl",
            "arm_fadvise64_64",
            "atomic_barrier",
            "atomic_cmpxchg_32",
            "bind",
            "bpf",
            "brk",
            "cachectl",
            "cacheflush",
            "capget",
            "capset",
            "chdir",
            "chmod",
            "chown",
            "chown32",
            "chroot",
            "clock_adjtime",
            "clock_adjtime64",
            "clock_getres",
            "clock_getres_time64",
            "clock_gettime",
            "clock_gettime64",
            "clock_nanosleep",
            "clock_nanosleep_time64",
            "clock_settime",
            "clock_settime64",
            "clone",
            "clone3",
            "close",
            "close_range",
            "connect",
            "copy_file_range",
            "creat",
            "delete_module",
            "dipc",
            "dup",
            "dup2",
            "dup3",
            "epoll_create",
            "epoll_create1",
            "epoll_ctl",
            "epoll_ctl_old",
            "epoll_pwait",
            "epoll_pwait2",
            "epoll_wait",
            "epoll_wait_old",
            "eventfd",
            "eventfd2",
            "exec_with_loader",
            "execv",
            "execve",
            "execveat",
            "exit",
            "exit_group",
            "faccessat",
            "faccessat2",
            "fadvise64",
            "fadvise64_64",
            "fallocate",
            "fanotify_init",
            "fanotify_mark",
            "fchdir",
            "fchmod",
            "fchmodat",
            "fchmodat2",
            "fchown",
            "fchown32",
            "fchownat",
            "fcntl",
            "fcntl64",
            "fdatasync",
            "fgetxattr",
            "finit_module",
            "flistxattr",
            "flock",
            "fork",
            "fremovexattr",
            "fsconfig",
            "fsetxattr",
            "fsmount",
            "fsopen",
            "fspick",
            "fstat",
            "fstat64",
            "fstatat64",
            "fstatfs",
            "fstatfs64",
            "fsync",
            "ftruncate",
            "ftruncate64",
            "futex",
            "futex_requeue",
            "futex_time64",
            "futex_wait",
            "futex_waitv",
            "futex_wake",
            "futimesat",
            "get_mempolicy",
            "get_robust_list",
            "get_thread_area",
            "getcpu",
            "getcwd",
            "getdents",
            "getdents64",
            "getdomainname",
            "getdtablesize",
            "getegid",
            "getegid32",
            "geteuid",
            "geteuid32",
            "getgid",
            "getgid32",
            "getgroups",
            "getgroups32",
            "gethostname",
            "getitimer",
            "getpagesize",
            "getpeername",
            "getpgid",
            "getpgrp",
            "getpid",
            "getppid",
            "getpriority",
            "getrandom",
            "getresgid",
            "getresgid32",
            "getresuid",
            "getresuid32",
            "getrlimit",
            "getrusage",
            "getsid",
            "getsockname",
            "getsockopt",
            "gettid",
            "gettimeofday",
            "getuid",
            "getuid32",
            "getxattr",
            "getxgid",
            "getxpid",
            "getxuid",
            "init_module",
            "inotify_add_watch",
            "inotify_init",
            "inotify_init1",
            "inotify_rm_watch",
            "io_cancel",
            "io_destroy",
            "io_getevents",
            "io_pgetevents",
            "io_pgetevents_time64",
            "io_setup",
            "io_submit",
            "io_uring_enter",
            "io_uring_register",
            "io_uring_setup",
            "ioctl",
            "ioperm",
            "iopl",
            "ioprio_get",
            "ioprio_set",
            "ipc",
            "kcmp",
            "kern_features",
            "kexec_file_load",
            "kexec_load",
            "keyctl",
            "kill",
            "landlock_add_rule",
            "landlock_create_ruleset",
            "landlock_restrict_self",
            "lchown",
            "lchown32",
            "lgetxattr",
            "link",
            "linkat",
            "listen",
            "listxattr",
            "llistxattr",
            "lookup_dcookie",
            "lremovexattr",
            "lseek",
            "lsetxattr",
            "lstat",
            "lstat64",
            "madvise",
            "map_shadow_stack",
            "mbind",
            "membarrier",
            "memfd_create",
            "memfd_secret",
            "memory_ordering",
            "migrate_pages",
            "mincore",
            "mkdir",
            "mkdirat",
            "mknod",
            "mknodat",
            "mlock",
            "mlock2",
            "mlockall",
            "mmap",
            "mmap2",
            "modify_ldt",
            "mount",
            "mount_setattr",
            "move_mount",
            "move_pages",
            "mprotect",
            "mq_getsetattr",
            "mq_notify",
            "mq_open",
            "mq_timedreceive",
            "mq_timedreceive_time64",
            "mq_timedsend",
            "mq_timedsend_time64",
            "mq_unlink",
            "mremap",
            "msgctl",
            "msgget",
            "msgrcv",
            "msgsnd",
            "msync",
            "multiplexer",
            "munlock",
            "munlockall",
            "munmap",
            "name_to_handle_at",
            "nanosleep",
            "newfstatat",
            "nice",
            "old_adjtimex",
            "oldfstat",
            "oldlstat",
            "oldolduname",
            "oldstat",
            "oldumount",
            "olduname",
            "open",
            "open_by_handle_at",
            "open_tree",
            "openat",
            "openat2",
            "or1k_atomic",
            "osf_fstat",
            "osf_fstatfs",
            "osf_fstatfs64",
            "osf_getdirentries",
            "osf_getdomainname",
            "osf_getitimer",
            "osf_getrusage",
            "osf_getsysinfo",
            "osf_gettimeofday",
            "osf_lstat",
            "osf_mount",
            "osf_proplist_syscall",
            "osf_select",
            "osf_set_program_attributes",
            "osf_setitimer",
            "osf_setsysinfo",
            "osf_settimeofday",
            "osf_shmat",
            "osf_sigprocmask",
            "osf_sigstack",
            "osf_stat",
            "osf_statfs",
            "osf_statfs64",
            "osf_swapon",
            "osf_syscall",
            "osf_sysinfo",
            "osf_usleep_thread",
            "osf_utimes",
            "osf_utsname",
            "osf_wait4",
            "pause",
            "pciconfig_iobase",
            "pciconfig_read",
            "pciconfig_write",
            "perf_event_open",
            "perfctr",
            "personality",
            "pidfd_getfd",
            "pidfd_open",
            "pidfd_send_signal",
            "pipe",
            "pipe2",
            "pivot_root",
            "pkey_alloc",
            "pkey_free",
            "pkey_mprotect",
            "poll",
            "ppoll",
            "ppoll_time64",
            "prctl",
            "pread64",
            "preadv",
            "preadv2",
            "prlimit64",
            "process_madvise",
            "process_mrelease",
            "process_vm_readv",
            "process_vm_writev",
            "pselect6",
            "pselect6_time64",
            "ptrace",
            "pwrite64",
            "pwritev",
            "pwritev2",
            "quotactl",
            "quotactl_fd",
            "read",
            "readahead",
            "readdir",
            "readlink",
            "readlinkat",
            "readv",
            "reboot",
            "recv",
            "recvfrom",
            "recvmmsg",
            "recvmmsg_time64",
            "recvmsg",
            "remap_file_pages",
            "removexattr",
            "rename",
            "renameat",
            "renameat2",
            "request_key",
            "restart_syscall",
            "riscv_flush_icache",
            "riscv_hwprobe",
            "rmdir",
            "rseq",
            "rt_sigaction",
            "rt_sigpending",
            "rt_sigprocmask",
            "rt_sigqueueinfo",
            "rt_sigreturn",
            "rt_sigsuspend",
            "rt_sigtimedwait",
            "rt_sigtimedwait_time64",
            "rt_tgsigqueueinfo",
            "rtas",
            "s390_guarded_storage",
            "s390_pci_mmio_read",
            "s390_pci_mmio_write",
            "s390_runtime_instr",
            "s390_sthyi",
            "sched_get_affinity",
            "sched_get_priority_max",
            "sched_get_priority_min",
            "sched_getaffinity",
            "sched_getattr",
            "sched_getparam",
            "sched_getscheduler",
            "sched_rr_get_interval",
            "sched_rr_get_interval_time64",
            "sched_set_affinity",
            "sched_setaffinity",
            "sched_setattr",
            "sched_setparam",
            "sched_setscheduler",
            "sched_yield",
            "seccomp",
            "select",
            "semctl",
            "semget",
            "semop",
            "semtimedop",
            "semtimedop_time64",
            "send",
            "sendfile",
            "sendfile64",
            "sendmmsg",
            "sendmsg",
            "sendto",
            "set_mempolicy",
            "set_mempolicy_home_node",
            "set_robust_list",
            "set_thread_area",
            "set_tid_address",
            "setdomainname",
            "setfsgid",
            "setfsgid32",
            "setfsuid",
            "setfsuid32",
            "setgid",
            "setgid32",
            "setgroups",
            "setgroups32",
            "sethae",
            "sethostname",
            "setitimer",
            "setns",
            "setpgid",
            "setpgrp",
            "setpriority",
            "setregid",
            "setregid32",
            "setresgid",
            "setresgid32",
            "setresuid",
            "setresuid32",
            "setreuid",
            "setreuid32",
            "setrlimit",
            "setsid",
            "setsockopt",
            "settimeofday",
            "setuid",
            "setuid32",
            "setxattr",
            "sgetmask",
            "shmat",
            "shmctl",
            "shmdt",
            "shmget",
            "shutdown",
            "sigaction",
            "sigaltstack",
            "signal",
            "signalfd",
            "signalfd4",
            "sigpending",
            "sigprocmask",
            "sigreturn",
            "sigsuspend",
            "socket",
            "socketcall",
            "socketpair",
            "splice",
            "spu_create",
            "spu_run",
            "ssetmask",
            "stat",
            "stat64",
            "statfs",
            "statfs64",
            "statx",
            "stime",
            "subpage_prot",
            "swapcontext",
            "swapoff",
            "swapon",
            "switch_endian",
            "symlink",
            "symlinkat",
            "sync",
            "sync_file_range",
            "sync_file_range2",
            "syncfs",
            "sys_debug_setcontext",
            "syscall",
            "sysfs",
            "sysinfo",
            "syslog",
            "sysmips",
            "tee",
            "tgkill",
            "time",
            "timer_create",
            "timer_delete",
            "timer_getoverrun",
            "timer_gettime",
            "timer_gettime64",
            "timer_settime",
            "timer_settime64",
            "timerfd",
            "timerfd_create",
            "timerfd_gettime",
            "timerfd_gettime64",
            "timerfd_settime",
            "timerfd_settime64",
            "times",
            "tkill",
            "truncate",
            "truncate64",
            "ugetrlimit",
            "umask",
            "umount",
            "umount2",
            "uname",
            "unlink",
            "unlinkat",
            "unshare",
            "userfaultfd",
            "ustat",
            "utime",
            "utimensat",
            "utimensat_time64",
            "utimes",
            "utrap_install",
            "vfork",
            "vhangup",
            "vm86",
            "vm86old",
            "vmsplice",
            "wait4",
            "waitid",
            "waitpid",
            "write",
            "writev"
        ]
    }
};
const SYSTEMD_KNOWN_SYSCALLS = (/* unused pure expression or super */ null && ([
    "@obsolete",
    "_llseek",
    "_newselect",
    "accept",
    "accept4",
    "access",
    "acct",
    "add_key",
    "adjtimex",
    "alarm",
    "arc_gettls",
    "arc_settls",
    "arc_usr_cmpxchg",
    "arch_prctl",
    "arm_fadvise64_64",
    "atomic_barrier",
    "atomic_cmpxchg_32",
    "bind",
    "bpf",
    "brk",
    "cachectl",
    "cacheflush",
    "capget",
    "capset",
    "chdir",
    "chmod",
    "chown",
    "chown32",
    "chroot",
    "clock_adjtime",
    "clock_adjtime64",
    "clock_getres",
    "clock_getres_time64",
    "clock_gettime",
    "clock_gettime64",
    "clock_nanosleep",
    "clock_nanosleep_time64",
    "clock_settime",
    "clock_settime64",
    "clone",
    "clone3",
    "close",
    "close_range",
    "connect",
    "copy_file_range",
    "creat",
    "delete_module",
    "dipc",
    "dup",
    "dup2",
    "dup3",
    "epoll_create",
    "epoll_create1",
    "epoll_ctl",
    "epoll_ctl_old",
    "epoll_pwait",
    "epoll_pwait2",
    "epoll_wait",
    "epoll_wait_old",
    "eventfd",
    "eventfd2",
    "exec_with_loader",
    "execv",
    "execve",
    "execveat",
    "exit",
    "exit_group",
    "faccessat",
    "faccessat2",
    "fadvise64",
    "fadvise64_64",
    "fallocate",
    "fanotify_init",
    "fanotify_mark",
    "fchdir",
    "fchmod",
    "fchmodat",
    "fchmodat2",
    "fchown",
    "fchown32",
    "fchownat",
    "fcntl",
    "fcntl64",
    "fdatasync",
    "fgetxattr",
    "finit_module",
    "flistxattr",
    "flock",
    "fork",
    "fremovexattr",
    "fsconfig",
    "fsetxattr",
    "fsmount",
    "fsopen",
    "fspick",
    "fstat",
    "fstat64",
    "fstatat64",
    "fstatfs",
    "fstatfs64",
    "fsync",
    "ftruncate",
    "ftruncate64",
    "futex",
    "futex_requeue",
    "futex_time64",
    "futex_wait",
    "futex_waitv",
    "futex_wake",
    "futimesat",
    "get_mempolicy",
    "get_robust_list",
    "get_thread_area",
    "getcpu",
    "getcwd",
    "getdents",
    "getdents64",
    "getdomainname",
    "getdtablesize",
    "getegid",
    "getegid32",
    "geteuid",
    "geteuid32",
    "getgid",
    "getgid32",
    "getgroups",
    "getgroups32",
    "gethostname",
    "getitimer",
    "getpagesize",
    "getpeername",
    "getpgid",
    "getpgrp",
    "getpid",
    "getppid",
    "getpriority",
    "getrandom",
    "getresgid",
    "getresgid32",
    "getresuid",
    "getresuid32",
    "getrlimit",
    "getrusage",
    "getsid",
    "getsockname",
    "getsockopt",
    "gettid",
    "gettimeofday",
    "getuid",
    "getuid32",
    "getxattr",
    "getxgid",
    "getxpid",
    "getxuid",
    "init_module",
    "inotify_add_watch",
    "inotify_init",
    "inotify_init1",
    "inotify_rm_watch",
    "io_cancel",
    "io_destroy",
    "io_getevents",
    "io_pgetevents",
    "io_pgetevents_time64",
    "io_setup",
    "io_submit",
    "io_uring_enter",
    "io_uring_register",
    "io_uring_setup",
    "ioctl",
    "ioperm",
    "iopl",
    "ioprio_get",
    "ioprio_set",
    "ipc",
    "kcmp",
    "kern_features",
    "kexec_file_load",
    "kexec_load",
    "keyctl",
    "kill",
    "landlock_add_rule",
    "landlock_create_ruleset",
    "landlock_restrict_self",
    "lchown",
    "lchown32",
    "lgetxattr",
    "link",
    "linkat",
    "listen",
    "listxattr",
    "llistxattr",
    "lookup_dcookie",
    "lremovexattr",
    "lseek",
    "lsetxattr",
    "lstat",
    "lstat64",
    "madvise",
    "map_shadow_stack",
    "mbind",
    "membarrier",
    "memfd_create",
    "memfd_secret",
    "memory_ordering",
    "migrate_pages",
    "mincore",
    "mkdir",
    "mkdirat",
    "mknod",
    "mknodat",
    "mlock",
    "mlock2",
    "mlockall",
    "mmap",
    "mmap2",
    "modify_ldt",
    "mount",
    "mount_setattr",
    "move_mount",
    "move_pages",
    "mprotect",
    "mq_getsetattr",
    "mq_notify",
    "mq_open",
    "mq_timedreceive",
    "mq_timedreceive_time64",
    "mq_timedsend",
    "mq_timedsend_time64",
    "mq_unlink",
    "mremap",
    "msgctl",
    "msgget",
    "msgrcv",
    "msgsnd",
    "msync",
    "multiplexer",
    "munlock",
    "munlockall",
    "munmap",
    "name_to_handle_at",
    "nanosleep",
    "newfstatat",
    "nice",
    "old_adjtimex",
    "oldfstat",
    "oldlstat",
    "oldolduname",
    "oldstat",
    "oldumount",
    "olduname",
    "open",
    "open_by_handle_at",
    "open_tree",
    "openat",
    "openat2",
    "or1k_atomic",
    "osf_fstat",
    "osf_fstatfs",
    "osf_fstatfs64",
    "osf_getdirentries",
    "osf_getdomainname",
    "osf_getitimer",
    "osf_getrusage",
    "osf_getsysinfo",
    "osf_gettimeofday",
    "osf_lstat",
    "osf_mount",
    "osf_proplist_syscall",
    "osf_select",
    "osf_set_program_attributes",
    "osf_setitimer",
    "osf_setsysinfo",
    "osf_settimeofday",
    "osf_shmat",
    "osf_sigprocmask",
    "osf_sigstack",
    "osf_stat",
    "osf_statfs",
    "osf_statfs64",
    "osf_swapon",
    "osf_syscall",
    "osf_sysinfo",
    "osf_usleep_thread",
    "osf_utimes",
    "osf_utsname",
    "osf_wait4",
    "pause",
    "pciconfig_iobase",
    "pciconfig_read",
    "pciconfig_write",
    "perf_event_open",
    "perfctr",
    "personality",
    "pidfd_getfd",
    "pidfd_open",
    "pidfd_send_signal",
    "pipe",
    "pipe2",
    "pivot_root",
    "pkey_alloc",
    "pkey_free",
    "pkey_mprotect",
    "poll",
    "ppoll",
    "ppoll_time64",
    "prctl",
    "pread64",
    "preadv",
    "preadv2",
    "prlimit64",
    "process_madvise",
    "process_mrelease",
    "process_vm_readv",
    "process_vm_writev",
    "pselect6",
    "pselect6_time64",
    "ptrace",
    "pwrite64",
    "pwritev",
    "pwritev2",
    "quotactl",
    "quotactl_fd",
    "read",
    "readahead",
    "readdir",
    "readlink",
    "readlinkat",
    "readv",
    "reboot",
    "recv",
    "recvfrom",
    "recvmmsg",
    "recvmmsg_time64",
    "recvmsg",
    "remap_file_pages",
    "removexattr",
    "rename",
    "renameat",
    "renameat2",
    "request_key",
    "restart_syscall",
    "riscv_flush_icache",
    "riscv_hwprobe",
    "rmdir",
    "rseq",
    "rt_sigaction",
    "rt_sigpending",
    "rt_sigprocmask",
    "rt_sigqueueinfo",
    "rt_sigreturn",
    "rt_sigsuspend",
    "rt_sigtimedwait",
    "rt_sigtimedwait_time64",
    "rt_tgsigqueueinfo",
    "rtas",
    "s390_guarded_storage",
    "s390_pci_mmio_read",
    "s390_pci_mmio_write",
    "s390_runtime_instr",
    "s390_sthyi",
    "sched_get_affinity",
    "sched_get_priority_max",
    "sched_get_priority_min",
    "sched_getaffinity",
    "sched_getattr",
    "sched_getparam",
    "sched_getscheduler",
    "sched_rr_get_interval",
    "sched_rr_get_interval_time64",
    "sched_set_affinity",
    "sched_setaffinity",
    "sched_setattr",
    "sched_setparam",
    "sched_setscheduler",
    "sched_yield",
    "seccomp",
    "select",
    "semctl",
    "semget",
    "semop",
    "semtimedop",
    "semtimedop_time64",
    "send",
    "sendfile",
    "sendfile64",
    "sendmmsg",
    "sendmsg",
    "sendto",
    "set_mempolicy",
    "set_mempolicy_home_node",
    "set_robust_list",
    "set_thread_area",
    "set_tid_address",
    "setdomainname",
    "setfsgid",
    "setfsgid32",
    "setfsuid",
    "setfsuid32",
    "setgid",
    "setgid32",
    "setgroups",
    "setgroups32",
    "sethae",
    "sethostname",
    "setitimer",
    "setns",
    "setpgid",
    "setpgrp",
    "setpriority",
    "setregid",
    "setregid32",
    "setresgid",
    "setresgid32",
    "setresuid",
    "setresuid32",
    "setreuid",
    "setreuid32",
    "setrlimit",
    "setsid",
    "setsockopt",
    "settimeofday",
    "setuid",
    "setuid32",
    "setxattr",
    "sgetmask",
    "shmat",
    "shmctl",
    "shmdt",
    "shmget",
    "shutdown",
    "sigaction",
    "sigaltstack",
    "signal",
    "signalfd",
    "signalfd4",
    "sigpending",
    "sigprocmask",
    "sigreturn",
    "sigsuspend",
    "socket",
    "socketcall",
    "socketpair",
    "splice",
    "spu_create",
    "spu_run",
    "ssetmask",
    "stat",
    "stat64",
    "statfs",
    "statfs64",
    "statx",
    "stime",
    "subpage_prot",
    "swapcontext",
    "swapoff",
    "swapon",
    "switch_endian",
    "symlink",
    "symlinkat",
    "sync",
    "sync_file_range",
    "sync_file_range2",
    "syncfs",
    "sys_debug_setcontext",
    "syscall",
    "sysfs",
    "sysinfo",
    "syslog",
    "sysmips",
    "tee",
    "tgkill",
    "time",
    "timer_create",
    "timer_delete",
    "timer_getoverrun",
    "timer_gettime",
    "timer_gettime64",
    "timer_settime",
    "timer_settime64",
    "timerfd",
    "timerfd_create",
    "timerfd_gettime",
    "timerfd_gettime64",
    "timerfd_settime",
    "timerfd_settime64",
    "times",
    "tkill",
    "truncate",
    "truncate64",
    "ugetrlimit",
    "umask",
    "umount",
    "umount2",
    "uname",
    "unlink",
    "unlinkat",
    "unshare",
    "userfaultfd",
    "ustat",
    "utime",
    "utimensat",
    "utimensat_time64",
    "utimes",
    "utrap_install",
    "vfork",
    "vhangup",
    "vm86",
    "vm86old",
    "vmsplice",
    "wait4",
    "waitid",
    "waitpid",
    "write",
    "writev"
]));
const SECCOMP_NATIVE_SYSCALLS = [
    "_sysctl",
    "accept",
    "accept4",
    "access",
    "acct",
    "add_key",
    "adjtimex",
    "afs_syscall",
    "alarm",
    "arch_prctl",
    "bind",
    "bpf",
    "brk",
    "cachestat",
    "capget",
    "capset",
    "chdir",
    "chmod",
    "chown",
    "chroot",
    "clock_adjtime",
    "clock_getres",
    "clock_gettime",
    "clock_nanosleep",
    "clock_settime",
    "clone",
    "clone3",
    "close",
    "close_range",
    "connect",
    "copy_file_range",
    "creat",
    "create_module",
    "delete_module",
    "dup",
    "dup2",
    "dup3",
    "epoll_create",
    "epoll_create1",
    "epoll_ctl",
    "epoll_ctl_old",
    "epoll_pwait",
    "epoll_pwait2",
    "epoll_wait",
    "epoll_wait_old",
    "eventfd",
    "eventfd2",
    "execve",
    "execveat",
    "exit",
    "exit_group",
    "faccessat",
    "faccessat2",
    "fadvise64",
    "fallocate",
    "fanotify_init",
    "fanotify_mark",
    "fchdir",
    "fchmod",
    "fchmodat",
    "fchmodat2",
    "fchown",
    "fchownat",
    "fcntl",
    "fdatasync",
    "fgetxattr",
    "finit_module",
    "flistxattr",
    "flock",
    "fork",
    "fremovexattr",
    "fsconfig",
    "fsetxattr",
    "fsmount",
    "fsopen",
    "fspick",
    "fstat",
    "fstatfs",
    "fsync",
    "ftruncate",
    "futex",
    "futex_requeue",
    "futex_wait",
    "futex_waitv",
    "futex_wake",
    "futimesat",
    "get_kernel_syms",
    "get_mempolicy",
    "get_robust_list",
    "get_thread_area",
    "getcpu",
    "getcwd",
    "getdents",
    "getdents64",
    "getegid",
    "geteuid",
    "getgid",
    "getgroups",
    "getitimer",
    "getpeername",
    "getpgid",
    "getpgrp",
    "getpid",
    "getpmsg",
    "getppid",
    "getpriority",
    "getrandom",
    "getresgid",
    "getresuid",
    "getrlimit",
    "getrusage",
    "getsid",
    "getsockname",
    "getsockopt",
    "gettid",
    "gettimeofday",
    "getuid",
    "getxattr",
    "init_module",
    "inotify_add_watch",
    "inotify_init",
    "inotify_init1",
    "inotify_rm_watch",
    "io_cancel",
    "io_destroy",
    "io_getevents",
    "io_pgetevents",
    "io_setup",
    "io_submit",
    "io_uring_enter",
    "io_uring_register",
    "io_uring_setup",
    "ioctl",
    "ioperm",
    "iopl",
    "ioprio_get",
    "ioprio_set",
    "kcmp",
    "kexec_file_load",
    "kexec_load",
    "keyctl",
    "kill",
    "landlock_add_rule",
    "landlock_create_ruleset",
    "landlock_restrict_self",
    "lchown",
    "lgetxattr",
    "link",
    "linkat",
    "listen",
    "listxattr",
    "llistxattr",
    "lookup_dcookie",
    "lremovexattr",
    "lseek",
    "lsetxattr",
    "lstat",
    "madvise",
    "map_shadow_stack",
    "mbind",
    "membarrier",
    "memfd_create",
    "memfd_secret",
    "migrate_pages",
    "mincore",
    "mkdir",
    "mkdirat",
    "mknod",
    "mknodat",
    "mlock",
    "mlock2",
    "mlockall",
    "mmap",
    "modify_ldt",
    "mount",
    "mount_setattr",
    "move_mount",
    "move_pages",
    "mprotect",
    "mq_getsetattr",
    "mq_notify",
    "mq_open",
    "mq_timedreceive",
    "mq_timedsend",
    "mq_unlink",
    "mremap",
    "msgctl",
    "msgget",
    "msgrcv",
    "msgsnd",
    "msync",
    "munlock",
    "munlockall",
    "munmap",
    "name_to_handle_at",
    "nanosleep",
    "newfstatat",
    "nfsservctl",
    "open",
    "open_by_handle_at",
    "open_tree",
    "openat",
    "openat2",
    "pause",
    "perf_event_open",
    "personality",
    "pidfd_getfd",
    "pidfd_open",
    "pidfd_send_signal",
    "pipe",
    "pipe2",
    "pivot_root",
    "pkey_alloc",
    "pkey_free",
    "pkey_mprotect",
    "poll",
    "ppoll",
    "prctl",
    "pread64",
    "preadv",
    "preadv2",
    "prlimit64",
    "process_madvise",
    "process_mrelease",
    "process_vm_readv",
    "process_vm_writev",
    "pselect6",
    "ptrace",
    "putpmsg",
    "pwrite64",
    "pwritev",
    "pwritev2",
    "query_module",
    "quotactl",
    "quotactl_fd",
    "read",
    "readahead",
    "readlink",
    "readlinkat",
    "readv",
    "reboot",
    "recvfrom",
    "recvmmsg",
    "recvmsg",
    "remap_file_pages",
    "removexattr",
    "rename",
    "renameat",
    "renameat2",
    "request_key",
    "restart_syscall",
    "rmdir",
    "rseq",
    "rt_sigaction",
    "rt_sigpending",
    "rt_sigprocmask",
    "rt_sigqueueinfo",
    "rt_sigreturn",
    "rt_sigsuspend",
    "rt_sigtimedwait",
    "rt_tgsigqueueinfo",
    "sched_get_priority_max",
    "sched_get_priority_min",
    "sched_getaffinity",
    "sched_getattr",
    "sched_getparam",
    "sched_getscheduler",
    "sched_rr_get_interval",
    "sched_setaffinity",
    "sched_setattr",
    "sched_setparam",
    "sched_setscheduler",
    "sched_yield",
    "seccomp",
    "security",
    "select",
    "semctl",
    "semget",
    "semop",
    "semtimedop",
    "sendfile",
    "sendmmsg",
    "sendmsg",
    "sendto",
    "set_mempolicy",
    "set_mempolicy_home_node",
    "set_robust_list",
    "set_thread_area",
    "set_tid_address",
    "setdomainname",
    "setfsgid",
    "setfsuid",
    "setgid",
    "setgroups",
    "sethostname",
    "setitimer",
    "setns",
    "setpgid",
    "setpriority",
    "setregid",
    "setresgid",
    "setresuid",
    "setreuid",
    "setrlimit",
    "setsid",
    "setsockopt",
    "settimeofday",
    "setuid",
    "setxattr",
    "shmat",
    "shmctl",
    "shmdt",
    "shmget",
    "shutdown",
    "sigaltstack",
    "signalfd",
    "signalfd4",
    "socket",
    "socketpair",
    "splice",
    "stat",
    "statfs",
    "statx",
    "swapoff",
    "swapon",
    "symlink",
    "symlinkat",
    "sync",
    "sync_file_range",
    "syncfs",
    "sysfs",
    "sysinfo",
    "syslog",
    "tee",
    "tgkill",
    "time",
    "timer_create",
    "timer_delete",
    "timer_getoverrun",
    "timer_gettime",
    "timer_settime",
    "timerfd_create",
    "timerfd_gettime",
    "timerfd_settime",
    "times",
    "tkill",
    "truncate",
    "tuxcall",
    "umask",
    "umount2",
    "uname",
    "unlink",
    "unlinkat",
    "unshare",
    "uselib",
    "userfaultfd",
    "ustat",
    "utime",
    "utimensat",
    "utimes",
    "vfork",
    "vhangup",
    "vmsplice",
    "vserver",
    "wait4",
    "waitid",
    "write",
    "writev"
];
const SECCOMP_FOREIGN_SYSCALLS = [
    "_llseek",
    "_newselect",
    "arm_fadvise64_64",
    "arm_sync_file_range",
    "bdflush",
    "break",
    "breakpoint",
    "cachectl",
    "cacheflush",
    "chown32",
    "clock_adjtime64",
    "clock_getres_time64",
    "clock_gettime64",
    "clock_nanosleep_time64",
    "clock_settime64",
    "fadvise64_64",
    "fchown32",
    "fcntl64",
    "fstat64",
    "fstatat64",
    "fstatfs64",
    "ftime",
    "ftruncate64",
    "futex_time64",
    "get_tls",
    "getegid32",
    "geteuid32",
    "getgid32",
    "getgroups32",
    "getresgid32",
    "getresuid32",
    "getuid32",
    "gtty",
    "idle",
    "io_pgetevents_time64",
    "ipc",
    "lchown32",
    "lock",
    "lstat64",
    "mmap2",
    "mpx",
    "mq_timedreceive_time64",
    "mq_timedsend_time64",
    "multiplexer",
    "nice",
    "oldfstat",
    "oldlstat",
    "oldolduname",
    "oldstat",
    "olduname",
    "pciconfig_iobase",
    "pciconfig_read",
    "pciconfig_write",
    "ppoll_time64",
    "prof",
    "profil",
    "pselect6_time64",
    "readdir",
    "recvmmsg_time64",
    "riscv_flush_icache",
    "rt_sigtimedwait_time64",
    "rtas",
    "s390_guarded_storage",
    "s390_pci_mmio_read",
    "s390_pci_mmio_write",
    "s390_runtime_instr",
    "s390_sthyi",
    "sched_rr_get_interval_time64",
    "semtimedop_time64",
    "sendfile64",
    "set_tls",
    "setfsgid32",
    "setfsuid32",
    "setgid32",
    "setgroups32",
    "setregid32",
    "setresgid32",
    "setresuid32",
    "setreuid32",
    "setuid32",
    "sgetmask",
    "sigaction",
    "signal",
    "sigpending",
    "sigprocmask",
    "sigreturn",
    "sigsuspend",
    "socketcall",
    "spu_create",
    "spu_run",
    "ssetmask",
    "stat64",
    "statfs64",
    "stime",
    "stty",
    "subpage_prot",
    "swapcontext",
    "switch_endian",
    "sync_file_range2",
    "syscall",
    "sysmips",
    "timer_gettime64",
    "timer_settime64",
    "timerfd",
    "timerfd_gettime64",
    "timerfd_settime64",
    "truncate64",
    "ugetrlimit",
    "ulimit",
    "umount",
    "usr26",
    "usr32",
    "utimensat_time64",
    "vm86",
    "vm86old",
    "waitpid"
];
const CAPABILITIES = [
    "cap_chown",
    "cap_dac_override",
    "cap_dac_read_search",
    "cap_fowner",
    "cap_fsetid",
    "cap_kill",
    "cap_setgid",
    "cap_setuid",
    "cap_setpcap",
    "cap_linux_immutable",
    "cap_net_bind_service",
    "cap_net_broadcast",
    "cap_net_admin",
    "cap_net_raw",
    "cap_ipc_lock",
    "cap_ipc_owner",
    "cap_sys_module",
    "cap_sys_rawio",
    "cap_sys_chroot",
    "cap_sys_ptrace",
    "cap_sys_pacct",
    "cap_sys_admin",
    "cap_sys_boot",
    "cap_sys_nice",
    "cap_sys_resource",
    "cap_sys_time",
    "cap_sys_tty_config",
    "cap_mknod",
    "cap_lease",
    "cap_audit_write",
    "cap_audit_control",
    "cap_setfcap",
    "cap_mac_override",
    "cap_mac_admin",
    "cap_syslog",
    "cap_wake_alarm",
    "cap_block_suspend",
    "cap_audit_read",
    "cap_perfmon",
    "cap_bpf",
    "cap_checkpoint_restore"
];
const ADDRESS_FAMILIES = {
    "AF_FILE": 1,
    "AF_LOCAL": 1,
    "AF_UNIX": 1,
    "AF_INET": 2,
    "AF_AX25": 3,
    "AF_IPX": 4,
    "AF_APPLETALK": 5,
    "AF_NETROM": 6,
    "AF_BRIDGE": 7,
    "AF_ATMPVC": 8,
    "AF_X25": 9,
    "AF_INET6": 10,
    "AF_ROSE": 11,
    "AF_DECnet": 12,
    "AF_NETBEUI": 13,
    "AF_SECURITY": 14,
    "AF_KEY": 15,
    "AF_NETLINK": 16,
    "AF_ROUTE": 16,
    "AF_PACKET": 17,
    "AF_ASH": 18,
    "AF_ECONET": 19,
    "AF_ATMSVC": 20,
    "AF_RDS": 21,
    "AF_SNA": 22,
    "AF_IRDA": 23,
    "AF_PPPOX": 24,
    "AF_WANPIPE": 25,
    "AF_LLC": 26,
    "AF_IB": 27,
    "AF_MPLS": 28,
    "AF_CAN": 29,
    "AF_TIPC": 30,
    "AF_BLUETOOTH": 31,
    "AF_IUCV": 32,
    "AF_RXRPC": 33,
    "AF_ISDN": 34,
    "AF_PHONET": 35,
    "AF_IEEE802154": 36,
    "AF_CAIF": 37,
    "AF_ALG": 38,
    "AF_NFC": 39,
    "AF_VSOCK": 40,
    "AF_KCM": 41,
    "AF_QIPCRTR": 42,
    "AF_SMC": 43,
    "AF_XDP": 44,
    "AF_MCTP": 45
};
const ERRNO_NUMBERS = {
    "EPERM": 1,
    "ENOENT": 2,
    "ESRCH": 3,
    "EINTR": 4,
    "EIO": 5,
    "ENXIO": 6,
    "E2BIG": 7,
    "ENOEXEC": 8,
    "EBADF": 9,
    "ECHILD": 10,
    "EAGAIN": 11,
    "EWOULDBLOCK": 11,
    "ENOMEM": 12,
    "EACCES": 13,
    "EFAULT": 14,
    "ENOTBLK": 15,
    "EBUSY": 16,
    "EEXIST": 17,
    "EXDEV": 18,
    "ENODEV": 19,
    "ENOTDIR": 20,
    "EISDIR": 21,
    "EINVAL": 22,
    "ENFILE": 23,
    "EMFILE": 24,
    "ENOTTY": 25,
    "ETXTBSY": 26,
    "EFBIG": 27,
    "ENOSPC": 28,
    "ESPIPE": 29,
    "EROFS": 30,
    "EMLINK": 31,
    "EPIPE": 32,
    "EDOM": 33,
    "ERANGE": 34,
    "EDEADLK": 35,
    "ENAMETOOLONG": 36,
    "ENOLCK": 37,
    "ENOSYS": 38,
    "ENOTEMPTY": 39,
    "ELOOP": 40,
    "ENOMSG": 42,
    "EIDRM": 43,
    "ECHRNG": 44,
    "EL2NSYNC": 45,
    "EL3HLT": 46,
    "EL3RST": 47,
    "ELNRNG": 48,
    "EUNATCH": 49,
    "ENOCSI": 50,
    "EL2HLT": 51,
    "EBADE": 52,
    "EBADR": 53,
    "EXFULL": 54,
    "ENOANO": 55,
    "EBADRQC": 56,
    "EBADSLT": 57,
    "EBFONT": 59,
    "ENOSTR": 60,
    "ENODATA": 61,
    "ETIME": 62,
    "ENOSR": 63,
    "ENONET": 64,
    "ENOPKG": 65,
    "EREMOTE": 66,
    "ENOLINK": 67,
    "EADV": 68,
    "ESRMNT": 69,
    "ECOMM": 70,
    "EPROTO": 71,
    "EMULTIHOP": 72,
    "EDOTDOT": 73,
    "EBADMSG": 74,
    "EOVERFLOW": 75,
    "ENOTUNIQ": 76,
    "EBADFD": 77,
    "EREMCHG": 78,
    "ELIBACC": 79,
    "ELIBBAD": 80,
    "ELIBSCN": 81,
    "ELIBMAX": 82,
    "ELIBEXEC": 83,
    "EILSEQ": 84,
    "ERESTART": 85,
    "ESTRPIPE": 86,
    "EUSERS": 87,
    "ENOTSOCK": 88,
    "EDESTADDRREQ": 89,
    "EMSGSIZE": 90,
    "EPROTOTYPE": 91,
    "ENOPROTOOPT": 92,
    "EPROTONOSUPPORT": 93,
    "ESOCKTNOSUPPORT": 94,
    "EOPNOTSUPP": 95,
    "EPFNOSUPPORT": 96,
    "EAFNOSUPPORT": 97,
    "EADDRINUSE": 98,
    "EADDRNOTAVAIL": 99,
    "ENETDOWN": 100,
    "ENETUNREACH": 101,
    "ENETRESET": 102,
    "ECONNABORTED": 103,
    "ECONNRESET": 104,
    "ENOBUFS": 105,
    "EISCONN": 106,
    "ENOTCONN": 107,
    "ESHUTDOWN": 108,
    "ETOOMANYREFS": 109,
    "ETIMEDOUT": 110,
    "ECONNREFUSED": 111,
    "EHOSTDOWN": 112,
    "EHOSTUNREACH": 113,
    "EALREADY": 114,
    "EINPROGRESS": 115,
    "ESTALE": 116,
    "EUCLEAN": 117,
    "ENOTNAM": 118,
    "ENAVAIL": 119,
    "EISNAM": 120,
    "EREMOTEIO": 121,
    "EDQUOT": 122,
    "ENOMEDIUM": 123,
    "EMEDIUMTYPE": 124,
    "ECANCELED": 125,
    "ENOKEY": 126,
    "EKEYEXPIRED": 127,
    "EKEYREVOKED": 128,
    "EKEYREJECTED": 129,
    "EOWNERDEAD": 130,
    "ENOTRECOVERABLE": 131,
    "ERFKILL": 132,
    "EHWPOISON": 133
};
const SECCOMP_ARCHITECTURES = [
    "native",
    "x86",
    "x86-64",
    "x32",
    "arm",
    "arm64",
    "mips",
    "mips-le",
    "mips64",
    "mips64-le",
    "mips64-n32",
    "mips64-le-n32",
    "parisc",
    "parisc64",
    "ppc",
    "ppc64",
    "ppc64-le",
    "riscv64",
    "s390",
    "s390x"
];
const CONFIG_ITEMS = {
    "Unit": {
        "Description": "STRING",
        "Documentation": "URL",
        "SourcePath": "PATH",
        "Requires": "UNIT [...]",
        "Requisite": "UNIT [...]",
        "Wants": "UNIT [...]",
        "BindsTo": "UNIT [...]",
        "BindTo": "UNIT [...]",
        "Upholds": "UNIT [...]",
        "Conflicts": "UNIT [...]",
        "Before": "UNIT [...]",
        "After": "UNIT [...]",
        "OnSuccess": "UNIT [...]",
        "OnFailure": "UNIT [...]",
        "PropagatesReloadTo": "UNIT [...]",
        "PropagateReloadTo": "UNIT [...]",
        "ReloadPropagatedFrom": "UNIT [...]",
        "PropagateReloadFrom": "UNIT [...]",
        "PropagatesStopTo": "UNIT [...]",
        "StopPropagatedFrom": "UNIT [...]",
        "PartOf": "UNIT [...]",
        "JoinsNamespaceOf": "UNIT [...]",
        "RequiresOverridable": "OTHER",
        "RequisiteOverridable": "OTHER",
        "RequiresMountsFor": "PATH [...]",
        "StopWhenUnneeded": "BOOLEAN",
        "RefuseManualStart": "BOOLEAN",
        "RefuseManualStop": "BOOLEAN",
        "AllowIsolate": "BOOLEAN",
        "DefaultDependencies": "BOOLEAN",
        "OnSuccessJobMode": "MODE",
        "OnFailureJobMode": "MODE",
        "OnFailureIsolate": "BOOLEAN",
        "IgnoreOnIsolate": "BOOLEAN",
        "JobTimeoutSec": "OTHER",
        "JobRunningTimeoutSec": "OTHER",
        "JobTimeoutAction": "ACTION",
        "JobTimeoutRebootArgument": "OTHER",
        "StartLimitIntervalSec": "SECONDS",
        "StartLimitInterval": "SECONDS",
        "StartLimitBurst": "UNSIGNED",
        "StartLimitAction": "ACTION",
        "FailureAction": "ACTION",
        "SuccessAction": "ACTION",
        "FailureActionExitStatus": "OTHER",
        "SuccessActionExitStatus": "OTHER",
        "RebootArgument": "OTHER",
        "ConditionPathExists": "CONDITION",
        "ConditionPathExistsGlob": "CONDITION",
        "ConditionPathIsDirectory": "CONDITION",
        "ConditionPathIsSymbolicLink": "CONDITION",
        "ConditionPathIsMountPoint": "CONDITION",
        "ConditionPathIsReadWrite": "CONDITION",
        "ConditionPathIsEncrypted": "CONDITION",
        "ConditionDirectoryNotEmpty": "CONDITION",
        "ConditionFileNotEmpty": "CONDITION",
        "ConditionFileIsExecutable": "CONDITION",
        "ConditionNeedsUpdate": "CONDITION",
        "ConditionFirstBoot": "CONDITION",
        "ConditionArchitecture": "CONDITION",
        "ConditionFirmware": "CONDITION",
        "ConditionVirtualization": "CONDITION",
        "ConditionHost": "CONDITION",
        "ConditionKernelCommandLine": "CONDITION",
        "ConditionKernelVersion": "CONDITION",
        "ConditionCredential": "CONDITION",
        "ConditionSecurity": "CONDITION",
        "ConditionCapability": "CONDITION",
        "ConditionACPower": "CONDITION",
        "ConditionMemory": "CONDITION",
        "ConditionCPUFeature": "CONDITION",
        "ConditionCPUs": "CONDITION",
        "ConditionEnvironment": "CONDITION",
        "ConditionUser": "CONDITION",
        "ConditionGroup": "CONDITION",
        "ConditionControlGroupController": "CONDITION",
        "ConditionOSRelease": "CONDITION",
        "ConditionMemoryPressure": "CONDITION",
        "ConditionCPUPressure": "CONDITION",
        "ConditionIOPressure": "CONDITION",
        "AssertPathExists": "CONDITION",
        "AssertPathExistsGlob": "CONDITION",
        "AssertPathIsDirectory": "CONDITION",
        "AssertPathIsSymbolicLink": "CONDITION",
        "AssertPathIsMountPoint": "CONDITION",
        "AssertPathIsReadWrite": "CONDITION",
        "AssertPathIsEncrypted": "CONDITION",
        "AssertDirectoryNotEmpty": "CONDITION",
        "AssertFileNotEmpty": "CONDITION",
        "AssertFileIsExecutable": "CONDITION",
        "AssertNeedsUpdate": "CONDITION",
        "AssertFirstBoot": "CONDITION",
        "AssertArchitecture": "CONDITION",
        "AssertVirtualization": "CONDITION",
        "AssertHost": "CONDITION",
        "AssertKernelCommandLine": "CONDITION",
        "AssertKernelVersion": "CONDITION",
        "AssertCredential": "CONDITION",
        "AssertSecurity": "CONDITION",
        "AssertCapability": "CONDITION",
        "AssertACPower": "CONDITION",
        "AssertMemory": "CONDITION",
        "AssertCPUFeature": "CONDITION",
        "AssertCPUs": "CONDITION",
        "AssertEnvironment": "CONDITION",
        "AssertUser": "CONDITION",
        "AssertGroup": "CONDITION",
        "AssertControlGroupController": "CONDITION",
        "AssertOSRelease": "CONDITION",
        "AssertMemoryPressure": "CONDITION",
        "AssertCPUPressure": "CONDITION",
        "AssertIOPressure": "CONDITION",
        "CollectMode": "OTHER"
    },
    "Service": {
        "PIDFile": "OTHER",
        "ExecCondition": "PATH [ARGUMENT [...]]",
        "ExecStartPre": "PATH [ARGUMENT [...]]",
        "ExecStart": "PATH [ARGUMENT [...]]",
        "ExecStartPost": "PATH [ARGUMENT [...]]",
        "ExecReload": "PATH [ARGUMENT [...]]",
        "ExecStop": "PATH [ARGUMENT [...]]",
        "ExecStopPost": "PATH [ARGUMENT [...]]",
        "RestartSec": "SECONDS",
        "TimeoutSec": "SECONDS",
        "TimeoutStartSec": "SECONDS",
        "TimeoutStopSec": "OTHER",
        "TimeoutAbortSec": "OTHER",
        "TimeoutStartFailureMode": "TIMEOUTMODE",
        "TimeoutStopFailureMode": "TIMEOUTMODE",
        "RuntimeMaxSec": "SECONDS",
        "RuntimeRandomizedExtraSec": "SECONDS",
        "WatchdogSec": "SECONDS",
        "StartLimitInterval": "SECONDS",
        "StartLimitBurst": "UNSIGNED",
        "StartLimitAction": "ACTION",
        "FailureAction": "ACTION",
        "RebootArgument": "STRING",
        "Type": "SERVICETYPE",
        "ExitType": "SERVICEEXITTYPE",
        "Restart": "SERVICERESTART",
        "PermissionsStartOnly": "BOOLEAN",
        "RootDirectoryStartOnly": "BOOLEAN",
        "RemainAfterExit": "BOOLEAN",
        "GuessMainPID": "BOOLEAN",
        "RestartPreventExitStatus": "STATUS",
        "RestartForceExitStatus": "STATUS",
        "SuccessExitStatus": "STATUS",
        "NonBlocking": "BOOLEAN",
        "BusName": "OTHER",
        "FileDescriptorStoreMax": "UNSIGNED",
        "NotifyAccess": "ACCESS",
        "Sockets": "SOCKETS",
        "USBFunctionDescriptors": "PATH",
        "USBFunctionStrings": "PATH",
        "OOMPolicy": "OTHER",
        "WorkingDirectory": "OTHER",
        "RootDirectory": "PATH",
        "RootImage": "PATH",
        "RootImageOptions": "OTHER",
        "RootHash": "OTHER",
        "RootHashSignature": "OTHER",
        "RootVerity": "PATH",
        "ExtensionDirectories": "PATH [...]",
        "ExtensionImages": "OTHER",
        "MountImages": "OTHER",
        "User": "OTHER",
        "Group": "OTHER",
        "SupplementaryGroups": "OTHER",
        "Nice": "NICE",
        "OOMScoreAdjust": "OOMSCOREADJUST",
        "CoredumpFilter": "OTHER",
        "IOSchedulingClass": "IOCLASS",
        "IOSchedulingPriority": "IOPRIORITY",
        "CPUSchedulingPolicy": "CPUSCHEDPOLICY",
        "CPUSchedulingPriority": "CPUSCHEDPRIO",
        "CPUSchedulingResetOnFork": "BOOLEAN",
        "CPUAffinity": "CPUAFFINITY",
        "NUMAPolicy": "OTHER",
        "NUMAMask": "OTHER",
        "UMask": "MODE",
        "Environment": "ENVIRON",
        "EnvironmentFile": "FILE",
        "PassEnvironment": "OTHER",
        "UnsetEnvironment": "OTHER",
        "DynamicUser": "BOOLEAN",
        "RemoveIPC": "BOOLEAN",
        "StandardInput": "INPUT",
        "StandardOutput": "OUTPUT",
        "StandardError": "OUTPUT",
        "StandardInputText": "OTHER",
        "StandardInputData": "OTHER",
        "TTYPath": "PATH",
        "TTYReset": "BOOLEAN",
        "TTYVHangup": "BOOLEAN",
        "TTYVTDisallocate": "BOOLEAN",
        "TTYRows": "OTHER",
        "TTYColumns": "OTHER",
        "SyslogIdentifier": "STRING",
        "SyslogFacility": "FACILITY",
        "SyslogLevel": "LEVEL",
        "SyslogLevelPrefix": "BOOLEAN",
        "LogLevelMax": "LEVEL",
        "LogRateLimitIntervalSec": "SECONDS",
        "LogRateLimitBurst": "UNSIGNED",
        "LogExtraFields": "OTHER",
        "SecureBits": "SECUREBITS",
        "CapabilityBoundingSet": "BOUNDINGSET",
        "AmbientCapabilities": "BOUNDINGSET",
        "TimerSlackNSec": "NANOSECONDS",
        "NoNewPrivileges": "BOOLEAN",
        "KeyringMode": "OTHER",
        "ProtectProc": "OTHER",
        "ProcSubset": "OTHER",
        "SystemCallFilter": "SYSCALLS",
        "SystemCallArchitectures": "ARCHS",
        "SystemCallErrorNumber": "ERRNO",
        "SystemCallLog": "SYSCALLS",
        "MemoryDenyWriteExecute": "BOOLEAN",
        "RestrictNamespaces": "NAMESPACES",
        "RestrictRealtime": "BOOLEAN",
        "RestrictSUIDSGID": "BOOLEAN",
        "RestrictAddressFamilies": "FAMILIES",
        "LockPersonality": "BOOLEAN",
        "RestrictFileSystems": "FILESYSTEMS",
        "LimitCPU": "LIMIT",
        "LimitFSIZE": "LIMIT",
        "LimitDATA": "LIMIT",
        "LimitSTACK": "LIMIT",
        "LimitCORE": "LIMIT",
        "LimitRSS": "LIMIT",
        "LimitNOFILE": "LIMIT",
        "LimitAS": "LIMIT",
        "LimitNPROC": "LIMIT",
        "LimitMEMLOCK": "LIMIT",
        "LimitLOCKS": "LIMIT",
        "LimitSIGPENDING": "LIMIT",
        "LimitMSGQUEUE": "LIMIT",
        "LimitNICE": "LIMIT",
        "LimitRTPRIO": "LIMIT",
        "LimitRTTIME": "LIMIT",
        "ReadWriteDirectories": "PATH [...]",
        "ReadOnlyDirectories": "PATH [...]",
        "InaccessibleDirectories": "PATH [...]",
        "ReadWritePaths": "PATH [...]",
        "ReadOnlyPaths": "PATH [...]",
        "InaccessiblePaths": "PATH [...]",
        "ExecPaths": "PATH [...]",
        "NoExecPaths": "PATH [...]",
        "ExecSearchPath": "PATH",
        "BindPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "BindReadOnlyPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "TemporaryFileSystem": "OTHER",
        "PrivateTmp": "BOOLEAN",
        "PrivateDevices": "BOOLEAN",
        "ProtectKernelTunables": "BOOLEAN",
        "ProtectKernelModules": "BOOLEAN",
        "ProtectKernelLogs": "BOOLEAN",
        "ProtectClock": "BOOLEAN",
        "ProtectControlGroups": "BOOLEAN",
        "NetworkNamespacePath": "PATH",
        "IPCNamespacePath": "PATH",
        "LogNamespace": "OTHER",
        "PrivateNetwork": "BOOLEAN",
        "PrivateUsers": "BOOLEAN",
        "PrivateMounts": "BOOLEAN",
        "PrivateIPC": "BOOLEAN",
        "ProtectSystem": "OTHER",
        "ProtectHome": "OTHER",
        "MountFlags": "MOUNTFLAG [...]",
        "MountAPIVFS": "OTHER",
        "Personality": "PERSONALITY",
        "RuntimeDirectoryPreserve": "OTHER",
        "RuntimeDirectoryMode": "MODE",
        "RuntimeDirectory": "OTHER",
        "StateDirectoryMode": "MODE",
        "StateDirectory": "OTHER",
        "CacheDirectoryMode": "MODE",
        "CacheDirectory": "OTHER",
        "LogsDirectoryMode": "MODE",
        "LogsDirectory": "OTHER",
        "ConfigurationDirectoryMode": "MODE",
        "ConfigurationDirectory": "OTHER",
        "SetCredential": "OTHER",
        "SetCredentialEncrypted": "OTHER",
        "LoadCredential": "OTHER",
        "LoadCredentialEncrypted": "OTHER",
        "TimeoutCleanSec": "SECONDS",
        "PAMName": "STRING",
        "IgnoreSIGPIPE": "BOOLEAN",
        "UtmpIdentifier": "STRING",
        "UtmpMode": "OTHER",
        "SELinuxContext": "LABEL",
        "AppArmorProfile": "OTHER",
        "SmackProcessLabel": "OTHER",
        "ProtectHostname": "BOOLEAN",
        "Slice": "SLICE",
        "AllowedCPUs": "OTHER",
        "StartupAllowedCPUs": "OTHER",
        "AllowedMemoryNodes": "OTHER",
        "StartupAllowedMemoryNodes": "OTHER",
        "CPUAccounting": "BOOLEAN",
        "CPUWeight": "CPUWEIGHT",
        "StartupCPUWeight": "CPUWEIGHT",
        "CPUShares": "SHARES",
        "StartupCPUShares": "SHARES",
        "CPUQuota": "OTHER",
        "CPUQuotaPeriodSec": "OTHER",
        "MemoryAccounting": "BOOLEAN",
        "MemoryMin": "LIMIT",
        "DefaultMemoryMin": "LIMIT",
        "DefaultMemoryLow": "LIMIT",
        "MemoryLow": "LIMIT",
        "MemoryHigh": "LIMIT",
        "MemoryMax": "LIMIT",
        "MemorySwapMax": "LIMIT",
        "MemoryLimit": "LIMIT",
        "DeviceAllow": "DEVICE",
        "DevicePolicy": "POLICY",
        "IOAccounting": "BOOLEAN",
        "IOWeight": "WEIGHT",
        "StartupIOWeight": "WEIGHT",
        "IODeviceWeight": "DEVICEWEIGHT",
        "IOReadBandwidthMax": "LIMIT",
        "IOWriteBandwidthMax": "LIMIT",
        "IOReadIOPSMax": "LIMIT",
        "IOWriteIOPSMax": "LIMIT",
        "IODeviceLatencyTargetSec": "DEVICELATENCY",
        "BlockIOAccounting": "BOOLEAN",
        "BlockIOWeight": "WEIGHT",
        "StartupBlockIOWeight": "WEIGHT",
        "BlockIODeviceWeight": "DEVICEWEIGHT",
        "BlockIOReadBandwidth": "BANDWIDTH",
        "BlockIOWriteBandwidth": "BANDWIDTH",
        "TasksAccounting": "BOOLEAN",
        "TasksMax": "OTHER",
        "Delegate": "OTHER",
        "DisableControllers": "OTHER",
        "IPAccounting": "BOOLEAN",
        "IPAddressAllow": "OTHER",
        "IPAddressDeny": "OTHER",
        "IPIngressFilterPath": "OTHER",
        "IPEgressFilterPath": "OTHER",
        "ManagedOOMSwap": "OTHER",
        "ManagedOOMMemoryPressure": "OTHER",
        "ManagedOOMMemoryPressureLimit": "OTHER",
        "ManagedOOMPreference": "OTHER",
        "BPFProgram": "OTHER",
        "SocketBindAllow": "OTHER",
        "SocketBindDeny": "OTHER",
        "RestrictNetworkInterfaces": "OTHER",
        "SendSIGKILL": "BOOLEAN",
        "SendSIGHUP": "BOOLEAN",
        "KillMode": "KILLMODE",
        "KillSignal": "SIGNAL",
        "RestartKillSignal": "SIGNAL",
        "FinalKillSignal": "SIGNAL",
        "WatchdogSignal": "SIGNAL"
    },
    "Socket": {
        "ListenStream": "SOCKET [...]",
        "ListenDatagram": "SOCKET [...]",
        "ListenSequentialPacket": "SOCKET [...]",
        "ListenFIFO": "SOCKET [...]",
        "ListenNetlink": "SOCKET [...]",
        "ListenSpecial": "SOCKET [...]",
        "ListenMessageQueue": "SOCKET [...]",
        "ListenUSBFunction": "SOCKET [...]",
        "SocketProtocol": "OTHER",
        "BindIPv6Only": "SOCKETBIND",
        "Backlog": "UNSIGNED",
        "BindToDevice": "NETWORKINTERFACE",
        "ExecStartPre": "PATH [ARGUMENT [...]]",
        "ExecStartPost": "PATH [ARGUMENT [...]]",
        "ExecStopPre": "PATH [ARGUMENT [...]]",
        "ExecStopPost": "PATH [ARGUMENT [...]]",
        "TimeoutSec": "OTHER",
        "SocketUser": "OTHER",
        "SocketGroup": "OTHER",
        "SocketMode": "MODE",
        "DirectoryMode": "MODE",
        "Accept": "BOOLEAN",
        "FlushPending": "BOOLEAN",
        "Writable": "BOOLEAN",
        "MaxConnections": "UNSIGNED",
        "MaxConnectionsPerSource": "UNSIGNED",
        "KeepAlive": "BOOLEAN",
        "KeepAliveTimeSec": "SECONDS",
        "KeepAliveIntervalSec": "SECONDS",
        "KeepAliveProbes": "UNSIGNED",
        "DeferAcceptSec": "SECONDS",
        "NoDelay": "BOOLEAN",
        "Priority": "INTEGER",
        "ReceiveBuffer": "SIZE",
        "SendBuffer": "SIZE",
        "IPTOS": "TOS",
        "IPTTL": "INTEGER",
        "Mark": "INTEGER",
        "PipeSize": "SIZE",
        "FreeBind": "BOOLEAN",
        "Transparent": "BOOLEAN",
        "Broadcast": "BOOLEAN",
        "PassCredentials": "BOOLEAN",
        "PassSecurity": "BOOLEAN",
        "PassPacketInfo": "BOOLEAN",
        "Timestamping": "OTHER",
        "TCPCongestion": "STRING",
        "ReusePort": "BOOLEAN",
        "MessageQueueMaxMessages": "LONG",
        "MessageQueueMessageSize": "LONG",
        "RemoveOnStop": "BOOLEAN",
        "Symlinks": "OTHER",
        "FileDescriptorName": "OTHER",
        "Service": "SERVICE",
        "TriggerLimitIntervalSec": "SECONDS",
        "TriggerLimitBurst": "UNSIGNED",
        "SmackLabel": "STRING",
        "SmackLabelIPIn": "STRING",
        "SmackLabelIPOut": "STRING",
        "SELinuxContextFromNet": "BOOLEAN",
        "WorkingDirectory": "OTHER",
        "RootDirectory": "PATH",
        "RootImage": "PATH",
        "RootImageOptions": "OTHER",
        "RootHash": "OTHER",
        "RootHashSignature": "OTHER",
        "RootVerity": "PATH",
        "ExtensionDirectories": "PATH [...]",
        "ExtensionImages": "OTHER",
        "MountImages": "OTHER",
        "User": "OTHER",
        "Group": "OTHER",
        "SupplementaryGroups": "OTHER",
        "Nice": "NICE",
        "OOMScoreAdjust": "OOMSCOREADJUST",
        "CoredumpFilter": "OTHER",
        "IOSchedulingClass": "IOCLASS",
        "IOSchedulingPriority": "IOPRIORITY",
        "CPUSchedulingPolicy": "CPUSCHEDPOLICY",
        "CPUSchedulingPriority": "CPUSCHEDPRIO",
        "CPUSchedulingResetOnFork": "BOOLEAN",
        "CPUAffinity": "CPUAFFINITY",
        "NUMAPolicy": "OTHER",
        "NUMAMask": "OTHER",
        "UMask": "MODE",
        "Environment": "ENVIRON",
        "EnvironmentFile": "FILE",
        "PassEnvironment": "OTHER",
        "UnsetEnvironment": "OTHER",
        "DynamicUser": "BOOLEAN",
        "RemoveIPC": "BOOLEAN",
        "StandardInput": "INPUT",
        "StandardOutput": "OUTPUT",
        "StandardError": "OUTPUT",
        "StandardInputText": "OTHER",
        "StandardInputData": "OTHER",
        "TTYPath": "PATH",
        "TTYReset": "BOOLEAN",
        "TTYVHangup": "BOOLEAN",
        "TTYVTDisallocate": "BOOLEAN",
        "TTYRows": "OTHER",
        "TTYColumns": "OTHER",
        "SyslogIdentifier": "STRING",
        "SyslogFacility": "FACILITY",
        "SyslogLevel": "LEVEL",
        "SyslogLevelPrefix": "BOOLEAN",
        "LogLevelMax": "LEVEL",
        "LogRateLimitIntervalSec": "SECONDS",
        "LogRateLimitBurst": "UNSIGNED",
        "LogExtraFields": "OTHER",
        "SecureBits": "SECUREBITS",
        "CapabilityBoundingSet": "BOUNDINGSET",
        "AmbientCapabilities": "BOUNDINGSET",
        "TimerSlackNSec": "NANOSECONDS",
        "NoNewPrivileges": "BOOLEAN",
        "KeyringMode": "OTHER",
        "ProtectProc": "OTHER",
        "ProcSubset": "OTHER",
        "SystemCallFilter": "SYSCALLS",
        "SystemCallArchitectures": "ARCHS",
        "SystemCallErrorNumber": "ERRNO",
        "SystemCallLog": "SYSCALLS",
        "MemoryDenyWriteExecute": "BOOLEAN",
        "RestrictNamespaces": "NAMESPACES",
        "RestrictRealtime": "BOOLEAN",
        "RestrictSUIDSGID": "BOOLEAN",
        "RestrictAddressFamilies": "FAMILIES",
        "LockPersonality": "BOOLEAN",
        "RestrictFileSystems": "FILESYSTEMS",
        "LimitCPU": "LIMIT",
        "LimitFSIZE": "LIMIT",
        "LimitDATA": "LIMIT",
        "LimitSTACK": "LIMIT",
        "LimitCORE": "LIMIT",
        "LimitRSS": "LIMIT",
        "LimitNOFILE": "LIMIT",
        "LimitAS": "LIMIT",
        "LimitNPROC": "LIMIT",
        "LimitMEMLOCK": "LIMIT",
        "LimitLOCKS": "LIMIT",
        "LimitSIGPENDING": "LIMIT",
        "LimitMSGQUEUE": "LIMIT",
        "LimitNICE": "LIMIT",
        "LimitRTPRIO": "LIMIT",
        "LimitRTTIME": "LIMIT",
        "ReadWriteDirectories": "PATH [...]",
        "ReadOnlyDirectories": "PATH [...]",
        "InaccessibleDirectories": "PATH [...]",
        "ReadWritePaths": "PATH [...]",
        "ReadOnlyPaths": "PATH [...]",
        "InaccessiblePaths": "PATH [...]",
        "ExecPaths": "PATH [...]",
        "NoExecPaths": "PATH [...]",
        "ExecSearchPath": "PATH",
        "BindPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "BindReadOnlyPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "TemporaryFileSystem": "OTHER",
        "PrivateTmp": "BOOLEAN",
        "PrivateDevices": "BOOLEAN",
        "ProtectKernelTunables": "BOOLEAN",
        "ProtectKernelModules": "BOOLEAN",
        "ProtectKernelLogs": "BOOLEAN",
        "ProtectClock": "BOOLEAN",
        "ProtectControlGroups": "BOOLEAN",
        "NetworkNamespacePath": "PATH",
        "IPCNamespacePath": "PATH",
        "LogNamespace": "OTHER",
        "PrivateNetwork": "BOOLEAN",
        "PrivateUsers": "BOOLEAN",
        "PrivateMounts": "BOOLEAN",
        "PrivateIPC": "BOOLEAN",
        "ProtectSystem": "OTHER",
        "ProtectHome": "OTHER",
        "MountFlags": "MOUNTFLAG [...]",
        "MountAPIVFS": "OTHER",
        "Personality": "PERSONALITY",
        "RuntimeDirectoryPreserve": "OTHER",
        "RuntimeDirectoryMode": "MODE",
        "RuntimeDirectory": "OTHER",
        "StateDirectoryMode": "MODE",
        "StateDirectory": "OTHER",
        "CacheDirectoryMode": "MODE",
        "CacheDirectory": "OTHER",
        "LogsDirectoryMode": "MODE",
        "LogsDirectory": "OTHER",
        "ConfigurationDirectoryMode": "MODE",
        "ConfigurationDirectory": "OTHER",
        "SetCredential": "OTHER",
        "SetCredentialEncrypted": "OTHER",
        "LoadCredential": "OTHER",
        "LoadCredentialEncrypted": "OTHER",
        "TimeoutCleanSec": "SECONDS",
        "PAMName": "STRING",
        "IgnoreSIGPIPE": "BOOLEAN",
        "UtmpIdentifier": "STRING",
        "UtmpMode": "OTHER",
        "SELinuxContext": "LABEL",
        "AppArmorProfile": "OTHER",
        "SmackProcessLabel": "OTHER",
        "ProtectHostname": "BOOLEAN",
        "Slice": "SLICE",
        "AllowedCPUs": "OTHER",
        "StartupAllowedCPUs": "OTHER",
        "AllowedMemoryNodes": "OTHER",
        "StartupAllowedMemoryNodes": "OTHER",
        "CPUAccounting": "BOOLEAN",
        "CPUWeight": "CPUWEIGHT",
        "StartupCPUWeight": "CPUWEIGHT",
        "CPUShares": "SHARES",
        "StartupCPUShares": "SHARES",
        "CPUQuota": "OTHER",
        "CPUQuotaPeriodSec": "OTHER",
        "MemoryAccounting": "BOOLEAN",
        "MemoryMin": "LIMIT",
        "DefaultMemoryMin": "LIMIT",
        "DefaultMemoryLow": "LIMIT",
        "MemoryLow": "LIMIT",
        "MemoryHigh": "LIMIT",
        "MemoryMax": "LIMIT",
        "MemorySwapMax": "LIMIT",
        "MemoryLimit": "LIMIT",
        "DeviceAllow": "DEVICE",
        "DevicePolicy": "POLICY",
        "IOAccounting": "BOOLEAN",
        "IOWeight": "WEIGHT",
        "StartupIOWeight": "WEIGHT",
        "IODeviceWeight": "DEVICEWEIGHT",
        "IOReadBandwidthMax": "LIMIT",
        "IOWriteBandwidthMax": "LIMIT",
        "IOReadIOPSMax": "LIMIT",
        "IOWriteIOPSMax": "LIMIT",
        "IODeviceLatencyTargetSec": "DEVICELATENCY",
        "BlockIOAccounting": "BOOLEAN",
        "BlockIOWeight": "WEIGHT",
        "StartupBlockIOWeight": "WEIGHT",
        "BlockIODeviceWeight": "DEVICEWEIGHT",
        "BlockIOReadBandwidth": "BANDWIDTH",
        "BlockIOWriteBandwidth": "BANDWIDTH",
        "TasksAccounting": "BOOLEAN",
        "TasksMax": "OTHER",
        "Delegate": "OTHER",
        "DisableControllers": "OTHER",
        "IPAccounting": "BOOLEAN",
        "IPAddressAllow": "OTHER",
        "IPAddressDeny": "OTHER",
        "IPIngressFilterPath": "OTHER",
        "IPEgressFilterPath": "OTHER",
        "ManagedOOMSwap": "OTHER",
        "ManagedOOMMemoryPressure": "OTHER",
        "ManagedOOMMemoryPressureLimit": "OTHER",
        "ManagedOOMPreference": "OTHER",
        "BPFProgram": "OTHER",
        "SocketBindAllow": "OTHER",
        "SocketBindDeny": "OTHER",
        "RestrictNetworkInterfaces": "OTHER",
        "SendSIGKILL": "BOOLEAN",
        "SendSIGHUP": "BOOLEAN",
        "KillMode": "KILLMODE",
        "KillSignal": "SIGNAL",
        "RestartKillSignal": "SIGNAL",
        "FinalKillSignal": "SIGNAL",
        "WatchdogSignal": "SIGNAL"
    },
    "Mount": {
        "What": "STRING",
        "Where": "PATH",
        "Options": "STRING",
        "Type": "STRING",
        "TimeoutSec": "OTHER",
        "DirectoryMode": "MODE",
        "SloppyOptions": "BOOLEAN",
        "LazyUnmount": "BOOLEAN",
        "ForceUnmount": "BOOLEAN",
        "ReadWriteOnly": "BOOLEAN",
        "WorkingDirectory": "OTHER",
        "RootDirectory": "PATH",
        "RootImage": "PATH",
        "RootImageOptions": "OTHER",
        "RootHash": "OTHER",
        "RootHashSignature": "OTHER",
        "RootVerity": "PATH",
        "ExtensionDirectories": "PATH [...]",
        "ExtensionImages": "OTHER",
        "MountImages": "OTHER",
        "User": "OTHER",
        "Group": "OTHER",
        "SupplementaryGroups": "OTHER",
        "Nice": "NICE",
        "OOMScoreAdjust": "OOMSCOREADJUST",
        "CoredumpFilter": "OTHER",
        "IOSchedulingClass": "IOCLASS",
        "IOSchedulingPriority": "IOPRIORITY",
        "CPUSchedulingPolicy": "CPUSCHEDPOLICY",
        "CPUSchedulingPriority": "CPUSCHEDPRIO",
        "CPUSchedulingResetOnFork": "BOOLEAN",
        "CPUAffinity": "CPUAFFINITY",
        "NUMAPolicy": "OTHER",
        "NUMAMask": "OTHER",
        "UMask": "MODE",
        "Environment": "ENVIRON",
        "EnvironmentFile": "FILE",
        "PassEnvironment": "OTHER",
        "UnsetEnvironment": "OTHER",
        "DynamicUser": "BOOLEAN",
        "RemoveIPC": "BOOLEAN",
        "StandardInput": "INPUT",
        "StandardOutput": "OUTPUT",
        "StandardError": "OUTPUT",
        "StandardInputText": "OTHER",
        "StandardInputData": "OTHER",
        "TTYPath": "PATH",
        "TTYReset": "BOOLEAN",
        "TTYVHangup": "BOOLEAN",
        "TTYVTDisallocate": "BOOLEAN",
        "TTYRows": "OTHER",
        "TTYColumns": "OTHER",
        "SyslogIdentifier": "STRING",
        "SyslogFacility": "FACILITY",
        "SyslogLevel": "LEVEL",
        "SyslogLevelPrefix": "BOOLEAN",
        "LogLevelMax": "LEVEL",
        "LogRateLimitIntervalSec": "SECONDS",
        "LogRateLimitBurst": "UNSIGNED",
        "LogExtraFields": "OTHER",
        "SecureBits": "SECUREBITS",
        "CapabilityBoundingSet": "BOUNDINGSET",
        "AmbientCapabilities": "BOUNDINGSET",
        "TimerSlackNSec": "NANOSECONDS",
        "NoNewPrivileges": "BOOLEAN",
        "KeyringMode": "OTHER",
        "ProtectProc": "OTHER",
        "ProcSubset": "OTHER",
        "SystemCallFilter": "SYSCALLS",
        "SystemCallArchitectures": "ARCHS",
        "SystemCallErrorNumber": "ERRNO",
        "SystemCallLog": "SYSCALLS",
        "MemoryDenyWriteExecute": "BOOLEAN",
        "RestrictNamespaces": "NAMESPACES",
        "RestrictRealtime": "BOOLEAN",
        "RestrictSUIDSGID": "BOOLEAN",
        "RestrictAddressFamilies": "FAMILIES",
        "LockPersonality": "BOOLEAN",
        "RestrictFileSystems": "FILESYSTEMS",
        "LimitCPU": "LIMIT",
        "LimitFSIZE": "LIMIT",
        "LimitDATA": "LIMIT",
        "LimitSTACK": "LIMIT",
        "LimitCORE": "LIMIT",
        "LimitRSS": "LIMIT",
        "LimitNOFILE": "LIMIT",
        "LimitAS": "LIMIT",
        "LimitNPROC": "LIMIT",
        "LimitMEMLOCK": "LIMIT",
        "LimitLOCKS": "LIMIT",
        "LimitSIGPENDING": "LIMIT",
        "LimitMSGQUEUE": "LIMIT",
        "LimitNICE": "LIMIT",
        "LimitRTPRIO": "LIMIT",
        "LimitRTTIME": "LIMIT",
        "ReadWriteDirectories": "PATH [...]",
        "ReadOnlyDirectories": "PATH [...]",
        "InaccessibleDirectories": "PATH [...]",
        "ReadWritePaths": "PATH [...]",
        "ReadOnlyPaths": "PATH [...]",
        "InaccessiblePaths": "PATH [...]",
        "ExecPaths": "PATH [...]",
        "NoExecPaths": "PATH [...]",
        "ExecSearchPath": "PATH",
        "BindPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "BindReadOnlyPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "TemporaryFileSystem": "OTHER",
        "PrivateTmp": "BOOLEAN",
        "PrivateDevices": "BOOLEAN",
        "ProtectKernelTunables": "BOOLEAN",
        "ProtectKernelModules": "BOOLEAN",
        "ProtectKernelLogs": "BOOLEAN",
        "ProtectClock": "BOOLEAN",
        "ProtectControlGroups": "BOOLEAN",
        "NetworkNamespacePath": "PATH",
        "IPCNamespacePath": "PATH",
        "LogNamespace": "OTHER",
        "PrivateNetwork": "BOOLEAN",
        "PrivateUsers": "BOOLEAN",
        "PrivateMounts": "BOOLEAN",
        "PrivateIPC": "BOOLEAN",
        "ProtectSystem": "OTHER",
        "ProtectHome": "OTHER",
        "MountFlags": "MOUNTFLAG [...]",
        "MountAPIVFS": "OTHER",
        "Personality": "PERSONALITY",
        "RuntimeDirectoryPreserve": "OTHER",
        "RuntimeDirectoryMode": "MODE",
        "RuntimeDirectory": "OTHER",
        "StateDirectoryMode": "MODE",
        "StateDirectory": "OTHER",
        "CacheDirectoryMode": "MODE",
        "CacheDirectory": "OTHER",
        "LogsDirectoryMode": "MODE",
        "LogsDirectory": "OTHER",
        "ConfigurationDirectoryMode": "MODE",
        "ConfigurationDirectory": "OTHER",
        "SetCredential": "OTHER",
        "SetCredentialEncrypted": "OTHER",
        "LoadCredential": "OTHER",
        "LoadCredentialEncrypted": "OTHER",
        "TimeoutCleanSec": "SECONDS",
        "PAMName": "STRING",
        "IgnoreSIGPIPE": "BOOLEAN",
        "UtmpIdentifier": "STRING",
        "UtmpMode": "OTHER",
        "SELinuxContext": "LABEL",
        "AppArmorProfile": "OTHER",
        "SmackProcessLabel": "OTHER",
        "ProtectHostname": "BOOLEAN",
        "Slice": "SLICE",
        "AllowedCPUs": "OTHER",
        "StartupAllowedCPUs": "OTHER",
        "AllowedMemoryNodes": "OTHER",
        "StartupAllowedMemoryNodes": "OTHER",
        "CPUAccounting": "BOOLEAN",
        "CPUWeight": "CPUWEIGHT",
        "StartupCPUWeight": "CPUWEIGHT",
        "CPUShares": "SHARES",
        "StartupCPUShares": "SHARES",
        "CPUQuota": "OTHER",
        "CPUQuotaPeriodSec": "OTHER",
        "MemoryAccounting": "BOOLEAN",
        "MemoryMin": "LIMIT",
        "DefaultMemoryMin": "LIMIT",
        "DefaultMemoryLow": "LIMIT",
        "MemoryLow": "LIMIT",
        "MemoryHigh": "LIMIT",
        "MemoryMax": "LIMIT",
        "MemorySwapMax": "LIMIT",
        "MemoryLimit": "LIMIT",
        "DeviceAllow": "DEVICE",
        "DevicePolicy": "POLICY",
        "IOAccounting": "BOOLEAN",
        "IOWeight": "WEIGHT",
        "StartupIOWeight": "WEIGHT",
        "IODeviceWeight": "DEVICEWEIGHT",
        "IOReadBandwidthMax": "LIMIT",
        "IOWriteBandwidthMax": "LIMIT",
        "IOReadIOPSMax": "LIMIT",
        "IOWriteIOPSMax": "LIMIT",
        "IODeviceLatencyTargetSec": "DEVICELATENCY",
        "BlockIOAccounting": "BOOLEAN",
        "BlockIOWeight": "WEIGHT",
        "StartupBlockIOWeight": "WEIGHT",
        "BlockIODeviceWeight": "DEVICEWEIGHT",
        "BlockIOReadBandwidth": "BANDWIDTH",
        "BlockIOWriteBandwidth": "BANDWIDTH",
        "TasksAccounting": "BOOLEAN",
        "TasksMax": "OTHER",
        "Delegate": "OTHER",
        "DisableControllers": "OTHER",
        "IPAccounting": "BOOLEAN",
        "IPAddressAllow": "OTHER",
        "IPAddressDeny": "OTHER",
        "IPIngressFilterPath": "OTHER",
        "IPEgressFilterPath": "OTHER",
        "ManagedOOMSwap": "OTHER",
        "ManagedOOMMemoryPressure": "OTHER",
        "ManagedOOMMemoryPressureLimit": "OTHER",
        "ManagedOOMPreference": "OTHER",
        "BPFProgram": "OTHER",
        "SocketBindAllow": "OTHER",
        "SocketBindDeny": "OTHER",
        "RestrictNetworkInterfaces": "OTHER",
        "SendSIGKILL": "BOOLEAN",
        "SendSIGHUP": "BOOLEAN",
        "KillMode": "KILLMODE",
        "KillSignal": "SIGNAL",
        "RestartKillSignal": "SIGNAL",
        "FinalKillSignal": "SIGNAL",
        "WatchdogSignal": "SIGNAL"
    },
    "Automount": {
        "Where": "PATH",
        "ExtraOptions": "STRING",
        "DirectoryMode": "MODE",
        "TimeoutIdleSec": "OTHER"
    },
    "Swap": {
        "What": "PATH",
        "Priority": "OTHER",
        "Options": "STRING",
        "TimeoutSec": "OTHER",
        "WorkingDirectory": "OTHER",
        "RootDirectory": "PATH",
        "RootImage": "PATH",
        "RootImageOptions": "OTHER",
        "RootHash": "OTHER",
        "RootHashSignature": "OTHER",
        "RootVerity": "PATH",
        "ExtensionDirectories": "PATH [...]",
        "ExtensionImages": "OTHER",
        "MountImages": "OTHER",
        "User": "OTHER",
        "Group": "OTHER",
        "SupplementaryGroups": "OTHER",
        "Nice": "NICE",
        "OOMScoreAdjust": "OOMSCOREADJUST",
        "CoredumpFilter": "OTHER",
        "IOSchedulingClass": "IOCLASS",
        "IOSchedulingPriority": "IOPRIORITY",
        "CPUSchedulingPolicy": "CPUSCHEDPOLICY",
        "CPUSchedulingPriority": "CPUSCHEDPRIO",
        "CPUSchedulingResetOnFork": "BOOLEAN",
        "CPUAffinity": "CPUAFFINITY",
        "NUMAPolicy": "OTHER",
        "NUMAMask": "OTHER",
        "UMask": "MODE",
        "Environment": "ENVIRON",
        "EnvironmentFile": "FILE",
        "PassEnvironment": "OTHER",
        "UnsetEnvironment": "OTHER",
        "DynamicUser": "BOOLEAN",
        "RemoveIPC": "BOOLEAN",
        "StandardInput": "INPUT",
        "StandardOutput": "OUTPUT",
        "StandardError": "OUTPUT",
        "StandardInputText": "OTHER",
        "StandardInputData": "OTHER",
        "TTYPath": "PATH",
        "TTYReset": "BOOLEAN",
        "TTYVHangup": "BOOLEAN",
        "TTYVTDisallocate": "BOOLEAN",
        "TTYRows": "OTHER",
        "TTYColumns": "OTHER",
        "SyslogIdentifier": "STRING",
        "SyslogFacility": "FACILITY",
        "SyslogLevel": "LEVEL",
        "SyslogLevelPrefix": "BOOLEAN",
        "LogLevelMax": "LEVEL",
        "LogRateLimitIntervalSec": "SECONDS",
        "LogRateLimitBurst": "UNSIGNED",
        "LogExtraFields": "OTHER",
        "SecureBits": "SECUREBITS",
        "CapabilityBoundingSet": "BOUNDINGSET",
        "AmbientCapabilities": "BOUNDINGSET",
        "TimerSlackNSec": "NANOSECONDS",
        "NoNewPrivileges": "BOOLEAN",
        "KeyringMode": "OTHER",
        "ProtectProc": "OTHER",
        "ProcSubset": "OTHER",
        "SystemCallFilter": "SYSCALLS",
        "SystemCallArchitectures": "ARCHS",
        "SystemCallErrorNumber": "ERRNO",
        "SystemCallLog": "SYSCALLS",
        "MemoryDenyWriteExecute": "BOOLEAN",
        "RestrictNamespaces": "NAMESPACES",
        "RestrictRealtime": "BOOLEAN",
        "RestrictSUIDSGID": "BOOLEAN",
        "RestrictAddressFamilies": "FAMILIES",
        "LockPersonality": "BOOLEAN",
        "RestrictFileSystems": "FILESYSTEMS",
        "LimitCPU": "LIMIT",
        "LimitFSIZE": "LIMIT",
        "LimitDATA": "LIMIT",
        "LimitSTACK": "LIMIT",
        "LimitCORE": "LIMIT",
        "LimitRSS": "LIMIT",
        "LimitNOFILE": "LIMIT",
        "LimitAS": "LIMIT",
        "LimitNPROC": "LIMIT",
        "LimitMEMLOCK": "LIMIT",
        "LimitLOCKS": "LIMIT",
        "LimitSIGPENDING": "LIMIT",
        "LimitMSGQUEUE": "LIMIT",
        "LimitNICE": "LIMIT",
        "LimitRTPRIO": "LIMIT",
        "LimitRTTIME": "LIMIT",
        "ReadWriteDirectories": "PATH [...]",
        "ReadOnlyDirectories": "PATH [...]",
        "InaccessibleDirectories": "PATH [...]",
        "ReadWritePaths": "PATH [...]",
        "ReadOnlyPaths": "PATH [...]",
        "InaccessiblePaths": "PATH [...]",
        "ExecPaths": "PATH [...]",
        "NoExecPaths": "PATH [...]",
        "ExecSearchPath": "PATH",
        "BindPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "BindReadOnlyPaths": "PATH[:PATH[:OPTIONS]] [...]",
        "TemporaryFileSystem": "OTHER",
        "PrivateTmp": "BOOLEAN",
        "PrivateDevices": "BOOLEAN",
        "ProtectKernelTunables": "BOOLEAN",
        "ProtectKernelModules": "BOOLEAN",
        "ProtectKernelLogs": "BOOLEAN",
        "ProtectClock": "BOOLEAN",
        "ProtectControlGroups": "BOOLEAN",
        "NetworkNamespacePath": "PATH",
        "IPCNamespacePath": "PATH",
        "LogNamespace": "OTHER",
        "PrivateNetwork": "BOOLEAN",
        "PrivateUsers": "BOOLEAN",
        "PrivateMounts": "BOOLEAN",
        "PrivateIPC": "BOOLEAN",
        "ProtectSystem": "OTHER",
        "ProtectHome": "OTHER",
        "MountFlags": "MOUNTFLAG [...]",
        "MountAPIVFS": "OTHER",
        "Personality": "PERSONALITY",
        "RuntimeDirectoryPreserve": "OTHER",
        "RuntimeDirectoryMode": "MODE",
        "RuntimeDirectory": "OTHER",
        "StateDirectoryMode": "MODE",
        "StateDirectory": "OTHER",
        "CacheDirectoryMode": "MODE",
        "CacheDirectory": "OTHER",
        "LogsDirectoryMode": "MODE",
        "LogsDirectory": "OTHER",
        "ConfigurationDirectoryMode": "MODE",
        "ConfigurationDirectory": "OTHER",
        "SetCredential": "OTHER",
        "SetCredentialEncrypted": "OTHER",
        "LoadCredential": "OTHER",
        "LoadCredentialEncrypted": "OTHER",
        "TimeoutCleanSec": "SECONDS",
        "PAMName": "STRING",
        "IgnoreSIGPIPE": "BOOLEAN",
        "UtmpIdentifier": "STRING",
        "UtmpMode": "OTHER",
        "SELinuxContext": "LABEL",
        "AppArmorProfile": "OTHER",
        "SmackProcessLabel": "OTHER",
        "ProtectHostname": "BOOLEAN",
        "Slice": "SLICE",
        "AllowedCPUs": "OTHER",
        "StartupAllowedCPUs": "OTHER",
        "AllowedMemoryNodes": "OTHER",
        "StartupAllowedMemoryNodes": "OTHER",
        "CPUAccounting": "BOOLEAN",
        "CPUWeight": "CPUWEIGHT",
        "StartupCPUWeight": "CPUWEIGHT",
        "CPUShares": "SHARES",
        "StartupCPUShares": "SHARES",
        "CPUQuota": "OTHER",
        "CPUQuotaPeriodSec": "OTHER",
        "MemoryAccounting": "BOOLEAN",
        "MemoryMin": "LIMIT",
        "DefaultMemoryMin": "LIMIT",
        "DefaultMemoryLow": "LIMIT",
        "MemoryLow": "LIMIT",
        "MemoryHigh": "LIMIT",
        "MemoryMax": "LIMIT",
        "MemorySwapMax": "LIMIT",
        "MemoryLimit": "LIMIT",
        "DeviceAllow": "DEVICE",
        "DevicePolicy": "POLICY",
        "IOAccounting": "BOOLEAN",
        "IOWeight": "WEIGHT",
        "StartupIOWeight": "WEIGHT",
        "IODeviceWeight": "DEVICEWEIGHT",
        "IOReadBandwidthMax": "LIMIT",
        "IOWriteBandwidthMax": "LIMIT",
        "IOReadIOPSMax": "LIMIT",
        "IOWriteIOPSMax": "LIMIT",
        "IODeviceLatencyTargetSec": "DEVICELATENCY",
        "BlockIOAccounting": "BOOLEAN",
        "BlockIOWeight": "WEIGHT",
        "StartupBlockIOWeight": "WEIGHT",
        "BlockIODeviceWeight": "DEVICEWEIGHT",
        "BlockIOReadBandwidth": "BANDWIDTH",
        "BlockIOWriteBandwidth": "BANDWIDTH",
        "TasksAccounting": "BOOLEAN",
        "TasksMax": "OTHER",
        "Delegate": "OTHER",
        "DisableControllers": "OTHER",
        "IPAccounting": "BOOLEAN",
        "IPAddressAllow": "OTHER",
        "IPAddressDeny": "OTHER",
        "IPIngressFilterPath": "OTHER",
        "IPEgressFilterPath": "OTHER",
        "ManagedOOMSwap": "OTHER",
        "ManagedOOMMemoryPressure": "OTHER",
        "ManagedOOMMemoryPressureLimit": "OTHER",
        "ManagedOOMPreference": "OTHER",
        "BPFProgram": "OTHER",
        "SocketBindAllow": "OTHER",
        "SocketBindDeny": "OTHER",
        "RestrictNetworkInterfaces": "OTHER",
        "SendSIGKILL": "BOOLEAN",
        "SendSIGHUP": "BOOLEAN",
        "KillMode": "KILLMODE",
        "KillSignal": "SIGNAL",
        "RestartKillSignal": "SIGNAL",
        "FinalKillSignal": "SIGNAL",
        "WatchdogSignal": "SIGNAL"
    },
    "Timer": {
        "OnCalendar": "TIMER",
        "OnActiveSec": "TIMER",
        "OnBootSec": "TIMER",
        "OnStartupSec": "TIMER",
        "OnUnitActiveSec": "TIMER",
        "OnUnitInactiveSec": "TIMER",
        "OnClockChange": "BOOLEAN",
        "OnTimezoneChange": "BOOLEAN",
        "Persistent": "BOOLEAN",
        "WakeSystem": "BOOLEAN",
        "RemainAfterElapse": "BOOLEAN",
        "FixedRandomDelay": "BOOLEAN",
        "AccuracySec": "SECONDS",
        "RandomizedDelaySec": "SECONDS",
        "Unit": "UNIT"
    },
    "Path": {
        "PathExists": "PATH",
        "PathExistsGlob": "PATH",
        "PathChanged": "PATH",
        "PathModified": "PATH",
        "DirectoryNotEmpty": "PATH",
        "Unit": "UNIT",
        "MakeDirectory": "BOOLEAN",
        "DirectoryMode": "MODE",
        "TriggerLimitIntervalSec": "SECONDS",
        "TriggerLimitBurst": "UNSIGNED"
    },
    "Slice": {
        "Slice": "SLICE",
        "AllowedCPUs": "OTHER",
        "StartupAllowedCPUs": "OTHER",
        "AllowedMemoryNodes": "OTHER",
        "StartupAllowedMemoryNodes": "OTHER",
        "CPUAccounting": "BOOLEAN",
        "CPUWeight": "CPUWEIGHT",
        "StartupCPUWeight": "CPUWEIGHT",
        "CPUShares": "SHARES",
        "StartupCPUShares": "SHARES",
        "CPUQuota": "OTHER",
        "CPUQuotaPeriodSec": "OTHER",
        "MemoryAccounting": "BOOLEAN",
        "MemoryMin": "LIMIT",
        "DefaultMemoryMin": "LIMIT",
        "DefaultMemoryLow": "LIMIT",
        "MemoryLow": "LIMIT",
        "MemoryHigh": "LIMIT",
        "MemoryMax": "LIMIT",
        "MemorySwapMax": "LIMIT",
        "MemoryLimit": "LIMIT",
        "DeviceAllow": "DEVICE",
        "DevicePolicy": "POLICY",
        "IOAccounting": "BOOLEAN",
        "IOWeight": "WEIGHT",
        "StartupIOWeight": "WEIGHT",
        "IODeviceWeight": "DEVICEWEIGHT",
        "IOReadBandwidthMax": "LIMIT",
        "IOWriteBandwidthMax": "LIMIT",
        "IOReadIOPSMax": "LIMIT",
        "IOWriteIOPSMax": "LIMIT",
        "IODeviceLatencyTargetSec": "DEVICELATENCY",
        "BlockIOAccounting": "BOOLEAN",
        "BlockIOWeight": "WEIGHT",
        "StartupBlockIOWeight": "WEIGHT",
        "BlockIODeviceWeight": "DEVICEWEIGHT",
        "BlockIOReadBandwidth": "BANDWIDTH",
        "BlockIOWriteBandwidth": "BANDWIDTH",
        "TasksAccounting": "BOOLEAN",
        "TasksMax": "OTHER",
        "Delegate": "OTHER",
        "DisableControllers": "OTHER",
        "IPAccounting": "BOOLEAN",
        "IPAddressAllow": "OTHER",
        "IPAddressDeny": "OTHER",
        "IPIngressFilterPath": "OTHER",
        "IPEgressFilterPath": "OTHER",
        "ManagedOOMSwap": "OTHER",
        "ManagedOOMMemoryPressure": "OTHER",
        "ManagedOOMMemoryPressureLimit": "OTHER",
        "ManagedOOMPreference": "OTHER",
        "BPFProgram": "OTHER",
        "SocketBindAllow": "OTHER",
        "SocketBindDeny": "OTHER",
        "RestrictNetworkInterfaces": "OTHER"
    },
    "Scope": {
        "Slice": "SLICE",
        "AllowedCPUs": "OTHER",
        "StartupAllowedCPUs": "OTHER",
        "AllowedMemoryNodes": "OTHER",
        "StartupAllowedMemoryNodes": "OTHER",
        "CPUAccounting": "BOOLEAN",
        "CPUWeight": "CPUWEIGHT",
        "StartupCPUWeight": "CPUWEIGHT",
        "CPUShares": "SHARES",
        "StartupCPUShares": "SHARES",
        "CPUQuota": "OTHER",
        "CPUQuotaPeriodSec": "OTHER",
        "MemoryAccounting": "BOOLEAN",
        "MemoryMin": "LIMIT",
        "DefaultMemoryMin": "LIMIT",
        "DefaultMemoryLow": "LIMIT",
        "MemoryLow": "LIMIT",
        "MemoryHigh": "LIMIT",
        "MemoryMax": "LIMIT",
        "MemorySwapMax": "LIMIT",
        "MemoryLimit": "LIMIT",
        "DeviceAllow": "DEVICE",
        "DevicePolicy": "POLICY",
        "IOAccounting": "BOOLEAN",
        "IOWeight": "WEIGHT",
        "StartupIOWeight": "WEIGHT",
        "IODeviceWeight": "DEVICEWEIGHT",
        "IOReadBandwidthMax": "LIMIT",
        "IOWriteBandwidthMax": "LIMIT",
        "IOReadIOPSMax": "LIMIT",
        "IOWriteIOPSMax": "LIMIT",
        "IODeviceLatencyTargetSec": "DEVICELATENCY",
        "BlockIOAccounting": "BOOLEAN",
        "BlockIOWeight": "WEIGHT",
        "StartupBlockIOWeight": "WEIGHT",
        "BlockIODeviceWeight": "DEVICEWEIGHT",
        "BlockIOReadBandwidth": "BANDWIDTH",
        "BlockIOWriteBandwidth": "BANDWIDTH",
        "TasksAccounting": "BOOLEAN",
        "TasksMax": "OTHER",
        "Delegate": "OTHER",
        "DisableControllers": "OTHER",
        "IPAccounting": "BOOLEAN",
        "IPAddressAllow": "OTHER",
        "IPAddressDeny": "OTHER",
        "IPIngressFilterPath": "OTHER",
        "IPEgressFilterPath": "OTHER",
        "ManagedOOMSwap": "OTHER",
        "ManagedOOMMemoryPressure": "OTHER",
        "ManagedOOMMemoryPressureLimit": "OTHER",
        "ManagedOOMPreference": "OTHER",
        "BPFProgram": "OTHER",
        "SocketBindAllow": "OTHER",
        "SocketBindDeny": "OTHER",
        "RestrictNetworkInterfaces": "OTHER",
        "SendSIGKILL": "BOOLEAN",
        "SendSIGHUP": "BOOLEAN",
        "KillMode": "KILLMODE",
        "KillSignal": "SIGNAL",
        "RestartKillSignal": "SIGNAL",
        "FinalKillSignal": "SIGNAL",
        "WatchdogSignal": "SIGNAL",
        "RuntimeMaxSec": "SECONDS",
        "RuntimeRandomizedExtraSec": "SECONDS",
        "TimeoutStopSec": "SECONDS",
        "OOMPolicy": "OTHER"
    },
    "Install": {
        "Alias": "OTHER",
        "WantedBy": "OTHER",
        "RequiredBy": "OTHER",
        "Also": "OTHER",
        "DefaultInstance": "OTHER"
    }
};

;// CONCATENATED MODULE: ./build/src/core/units/values.js
/**
 * systemd's readers for numbers, names and paths that several settings share: safe_atoi() with
 * an automatic base, capability and address-family names, path_simplify().
 */

const CAPABILITY_NUMBER = new Map(CAPABILITIES.map((name, i) => [name, i]));
const ADDRESS_FAMILY_NUMBER = new Map(Object.entries(ADDRESS_FAMILIES).map(([k, v]) => [k.toUpperCase(), v]));
/** safe_atoi() with an automatic base: leading blanks, a sign, 0x/0o/0b or a leading 0 for octal. */
function parseIntAuto(word) {
    const m = /^[ \t\n\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(word);
    if (!m)
        return null;
    const digits = m[2];
    let n;
    if (/^0[xX]/.test(digits))
        n = parseInt(digits.slice(2), 16);
    else if (/^0[oO]/.test(digits))
        n = parseInt(digits.slice(2), 8);
    else if (/^0[bB]/.test(digits))
        n = parseInt(digits.slice(2), 2);
    else if (digits.startsWith("0"))
        n = parseInt(digits, 8);
    else
        n = parseInt(digits, 10);
    return m[1] === "-" ? -n : n;
}
/** capability_from_name(): a number 0..63, or a CAP_ name in any case. */
function capabilityNumber(word) {
    const n = parseIntAuto(word);
    if (n !== null)
        return n >= 0 && n < 64 ? n : null;
    return CAPABILITY_NUMBER.get(word.toLowerCase()) ?? null;
}
function addressFamilyNumber(word) {
    return ADDRESS_FAMILY_NUMBER.get(word.toUpperCase()) ?? null;
}
/** path_simplify(): collapse slashes, drop "." components and a trailing slash. */
function simplifyPath(p) {
    const abs = p.startsWith("/");
    const parts = p.split("/").filter((c) => c !== "" && c !== ".");
    const joined = parts.join("/");
    return abs ? "/" + joined : joined || ".";
}

;// CONCATENATED MODULE: ./build/src/core/checks/assess.js

/** security_info_runs_privileged() */
function assess_runsPrivileged(s) {
    const user = s.user.value;
    if (user === "0" || user === "root")
        return true;
    if (s.dynamicUser.value)
        return false;
    return user === null || user === "";
}
function categoryOf(af) {
    switch (af) {
        case 1:
            return "unix";
        case 2:
        case 10:
            return "inet";
        case 16:
            return "netlink";
        case 17:
            return "packet";
        default:
            return "other";
    }
}
/** 1n << n for each capability number. */
const BIT = Array.from({ length: 64 }, (_, n) => 1n << BigInt(n));
const CAPABILITY_BITS = new Map();
/** The capability numbers of a check's list (worked out once per check). */
function capabilityBits(names) {
    let bits = CAPABILITY_BITS.get(names);
    if (!bits)
        CAPABILITY_BITS.set(names, (bits = names.map((c) => capabilityNumber(c))));
    return bits;
}
/** The texts of the system call checks, made once each (they repeat across units, and the print order is memoised by text). */
const SYSCALL_TEXTS = [new Map(), new Map()];
function syscallText(allowList, group, bad) {
    const memo = SYSCALL_TEXTS[allowList ? 1 : 0];
    const key = bad === null ? group : `${group} ${bad}`;
    let t = memo.get(key);
    if (t === undefined) {
        if (allowList) {
            t = bad
                ? `System call allow list defined for service, and ${group} is included (e.g. ${bad} is allowed)`
                : `System call allow list defined for service, and ${group} is not included`;
        }
        else {
            t = bad
                ? `System call deny list defined for service, and ${group} is not included (e.g. ${bad} is allowed)`
                : `System call deny list defined for service, and ${group} is included`;
        }
        memo.set(key, t);
    }
    return t;
}
/** Whether the filter lets a syscall through (an allow-list entry carrying an errno denies it). */
function allowed(s, name) {
    const f = s.systemCallFilter;
    const errno = f.entries?.get(name);
    return f.allowList ? errno === -1 : errno === undefined;
}
/** The first native member of a group (nested groups expanded in place) that the filter allows. */
function offender(s, release, group) {
    const members = Object.hasOwn(release.syscallGroups, group)
        ? release.syscallGroups[group].members
        : [];
    for (const m of members) {
        if (m.startsWith("@")) {
            const nested = offender(s, release, m);
            if (nested)
                return nested;
            continue;
        }
        if (release.nativeSyscalls.has(m) && allowed(s, m))
            return m;
    }
    return null;
}
function isLocalhost(p) {
    if (p.family === 4)
        return p.bytes[0] === 127;
    return p.bytes.every((b, i) => (i === 15 ? b === 1 : b === 0));
}
/** A check that prints the table's text. */
const plain = (badness, src) => ({
    badness,
    description: null,
    src,
});
/** A check that prints its own text. */
const assess_text = (badness, description, src) => ({
    badness,
    description,
    src,
});
function assessCheck(check, unit) {
    const s = unit.settings;
    const a = check.assess;
    switch (a.kind) {
        case "bool": {
            const t = s.bools[a.field];
            // From 254 PrivateMounts= is a tristate, and only an explicit "no" fails the check.
            const rule = unit.release.assessment(check.id);
            if (rule === "fails-only-when-no")
                return plain(s.modes[a.field] === "no" ? 1 : 0, t.src);
            if (rule === "implied-online" && !t.value) {
                const b = s.bools;
                const implied = b.privateDevices.value ||
                    b.privateTmp.value ||
                    b.protectControlGroups.value ||
                    b.protectKernelTunables.value ||
                    b.protectKernelModules.value ||
                    s.protectHome.value !== "no" ||
                    s.protectSystem.value !== "no" ||
                    s.rootImage.value !== null;
                return plain(implied ? 0 : 1, t.src);
            }
            return plain(t.value ? 0 : 1, t.src);
        }
        case "capability": {
            const bits = capabilityBits(a.capabilities);
            const mask = s.capabilityBoundingSet.mask;
            const held = bits.filter((b) => (mask & BIT[b]) !== 0n);
            const decisive = (held.length > 0 ? held : bits)
                .map((b) => s.capabilityBoundingSet.srcByBit[b])
                .find((x) => x);
            return plain(held.length > 0 ? 1 : 0, decisive);
        }
        case "namespace": {
            const ns = s.restrictNamespaces;
            return plain(ns.allowed === null || ns.allowed.has(a.namespace) ? 1 : 0, ns.srcByType.get(a.namespace));
        }
        case "addressFamily": {
            const r = s.restrictAddressFamilies;
            let restricted = r.allowList;
            for (const af of r.families ?? [])
                if (categoryOf(af) === a.category)
                    restricted = !r.allowList;
            return plain(restricted ? 0 : 1, r.src);
        }
        case "syscallFilter": {
            const f = s.systemCallFilter;
            if (!f.allowList && (f.entries === null || f.entries.size === 0))
                return assess_text(10, "Service does not filter system calls", f.src);
            const bad = offender(s, unit.release, a.group);
            if (f.allowList)
                return assess_text(bad ? 9 : 0, syscallText(true, a.group, bad), f.src);
            return assess_text(bad ? 10 : 0, syscallText(false, a.group, bad), f.src);
        }
        case "user": {
            const user = s.user.value;
            const src = s.user.src ?? s.dynamicUser.src;
            if (user === "nobody")
                return assess_text(9, "Service runs under as 'nobody' user, which should not be used for services", src);
            if (s.dynamicUser.value && user !== "0" && user !== "root")
                return assess_text(0, "Service runs under a transient non-root user identity", src);
            if (user !== null && user !== "0" && user !== "root" && user !== "")
                return assess_text(0, "Service runs under a static non-root user identity", src);
            return plain(10, src);
        }
        case "supplementaryGroups":
            return assess_runsPrivileged(s)
                ? plain(null, s.user.src)
                : plain(s.supplementaryGroups.value.length > 0 ? 1 : 0, s.supplementaryGroups.src);
        case "removeIpc":
            return assess_runsPrivileged(s)
                ? plain(null, s.user.src)
                : plain(s.bools.removeIpc.value ? 0 : 1, s.bools.removeIpc.src);
        case "protectHome": {
            const v = s.protectHome.value;
            const src = s.protectHome.src;
            if (v === "yes")
                return assess_text(0, "Service has no access to home directories", src);
            if (v === "read-only")
                return assess_text(5, "Service has read-only access to home directories", src);
            if (v === "tmpfs")
                return assess_text(1, "Service has access to fake empty home directories", src);
            return assess_text(10, "Service has full access to home directories", src);
        }
        case "protectSystem": {
            const v = s.protectSystem.value;
            const src = s.protectSystem.src;
            if (v === "strict")
                return assess_text(0, "Service has strict read-only access to the OS file hierarchy", src);
            if (v === "full")
                return assess_text(3, "Service has very limited write access to the OS file hierarchy", src);
            if (v === "yes")
                return assess_text(5, "Service has limited write access to the OS file hierarchy", src);
            return assess_text(10, "Service has full access to the OS file hierarchy", src);
        }
        case "rootDirectory": {
            const empty = (p) => p === null || p === "" || p === "/";
            const bad = empty(s.rootDirectory.value) && empty(s.rootImage.value);
            return plain(bad ? 1 : 0, s.rootDirectory.src ?? s.rootImage.src);
        }
        case "umask": {
            const m = s.umask.value;
            const src = s.umask.src;
            if (!(m & 0o002))
                return assess_text(10, "Files created by service are world-writable by default", src);
            if (!(m & 0o004))
                return assess_text(5, "Files created by service are world-readable by default", src);
            if (!(m & 0o020))
                return assess_text(2, "Files created by service are group-writable by default", src);
            if (!(m & 0o040))
                return assess_text(1, "Files created by service are group-readable by default", src);
            return assess_text(0, "Files created by service are accessible only by service's own user by default", src);
        }
        case "keyringMode":
            return plain(s.keyringMode.value === "private" ? 0 : 1, s.keyringMode.src);
        case "protectProc": {
            const v = s.protectProc.value;
            return plain(v === "noaccess" ? 1 : v === "invisible" || v === "ptraceable" ? 0 : 3, s.protectProc.src);
        }
        case "procSubset":
            return plain(s.procSubset.value === "pid" ? 0 : 1, s.procSubset.src);
        case "notifyAccess":
            return plain(s.notifyAccess.value === "all" ? 1 : 0, s.notifyAccess.src);
        case "delegate":
            return plain(s.delegate.value ? 1 : 0, s.delegate.src);
        case "systemCallArchitectures": {
            const archs = s.systemCallArchitectures.value;
            const src = s.systemCallArchitectures.src;
            if (archs.size === 0)
                return assess_text(10, "Service may execute system calls with all ABIs", src);
            if (archs.size === 1 && archs.has("native"))
                return assess_text(0, "Service may execute system calls only with native ABI", src);
            return assess_text(8, "Service may execute system calls with multiple ABIs", src);
        }
        case "ipAddressDeny": {
            const src = s.ipAddressDeny.src ?? s.ipAddressAllow.src;
            if (s.ipIngressFilterPath.value.length > 0 || s.ipEgressFilterPath.value.length > 0) {
                return assess_text(0, "Service defines custom ingress/egress IP filters with BPF programs", s.ipIngressFilterPath.src ?? s.ipEgressFilterPath.src);
            }
            const deny = s.ipAddressDeny.value;
            const denyAll = deny.some((p) => p.family === 4 && p.prefixLength === 0) &&
                deny.some((p) => p.family === 6 && p.prefixLength === 0);
            if (!denyAll)
                return assess_text(10, "Service does not define an IP address allow list", s.ipAddressDeny.src);
            const allow = s.ipAddressAllow.value;
            if (allow.some((p) => !isLocalhost(p)))
                return assess_text(5, "Service defines IP address allow list with non-localhost entries", s.ipAddressAllow.src);
            if (allow.length > 0)
                return assess_text(2, "Service defines IP address allow list with only localhost entries", s.ipAddressAllow.src);
            return assess_text(0, "Service blocks all IP address ranges", src);
        }
        case "deviceAllow": {
            const policy = s.devicePolicy.value;
            const entries = s.deviceAllow.entries;
            if (policy === "strict" || policy === "closed") {
                if (entries.length > 0) {
                    const list = [...entries]
                        .reverse()
                        .map((e) => `${e.path}:${e.mode}`)
                        .join(" ");
                    return assess_text(5, `Service has a device ACL with some special devices: ${list}`, entries[entries.length - 1].src ?? s.devicePolicy.src);
                }
                return assess_text(0, "Service has a minimal device ACL", s.devicePolicy.src);
            }
            return assess_text(10, "Service has no device ACL", s.devicePolicy.src);
        }
        case "ambientCapabilities": {
            const set = s.ambientCapabilities;
            const src = set.srcByBit.find((x) => x);
            return plain(set.mask !== 0n ? 1 : 0, src);
        }
    }
}

;// CONCATENATED MODULE: ./build/src/core/checks/table.js
const CHECKS = [
    {
        id: "UserOrDynamicUser",
        name: "User=/DynamicUser=",
        weight: 2000,
        range: 10,
        assess: { kind: "user" },
        bad: "Service runs as root user",
    },
    {
        id: "SupplementaryGroups",
        name: "SupplementaryGroups=",
        weight: 200,
        range: 1,
        assess: { kind: "supplementaryGroups" },
        good: "Service has no supplementary groups",
        bad: "Service runs with supplementary groups",
        na: "Service runs as root, option does not matter",
    },
    {
        id: "PrivateDevices",
        name: "PrivateDevices=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "privateDevices" },
        good: "Service has no access to hardware devices",
        bad: "Service potentially has access to hardware devices",
    },
    {
        id: "PrivateMounts",
        name: "PrivateMounts=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "privateMounts" },
        good: "Service cannot install system mounts",
        bad: "Service may install system mounts",
    },
    {
        id: "PrivateNetwork",
        name: "PrivateNetwork=",
        weight: 2500,
        range: 1,
        assess: { kind: "bool", field: "privateNetwork" },
        good: "Service has no access to the host's network",
        bad: "Service has access to the host's network",
    },
    {
        id: "PrivateTmp",
        name: "PrivateTmp=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "privateTmp" },
        good: "Service has no access to other software's temporary files",
        bad: "Service has access to other software's temporary files",
        defaultDependenciesOnly: true,
    },
    {
        id: "PrivateUsers",
        name: "PrivateUsers=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "privateUsers" },
        good: "Service does not have access to other users",
        bad: "Service has access to other users",
    },
    {
        id: "ProtectControlGroups",
        name: "ProtectControlGroups=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "protectControlGroups" },
        good: "Service cannot modify the control group file system",
        bad: "Service may modify the control group file system",
    },
    {
        id: "ProtectKernelModules",
        name: "ProtectKernelModules=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "protectKernelModules" },
        good: "Service cannot load or read kernel modules",
        bad: "Service may load or read kernel modules",
    },
    {
        id: "ProtectKernelTunables",
        name: "ProtectKernelTunables=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "protectKernelTunables" },
        good: "Service cannot alter kernel tunables (/proc/sys, …)",
        bad: "Service may alter kernel tunables",
    },
    {
        id: "ProtectKernelLogs",
        name: "ProtectKernelLogs=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "protectKernelLogs" },
        good: "Service cannot read from or write to the kernel log ring buffer",
        bad: "Service may read from or write to the kernel log ring buffer",
    },
    {
        id: "ProtectClock",
        name: "ProtectClock=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "protectClock" },
        good: "Service cannot write to the hardware clock or system clock",
        bad: "Service may write to the hardware clock or system clock",
    },
    {
        id: "ProtectHome",
        name: "ProtectHome=",
        weight: 1000,
        range: 10,
        assess: { kind: "protectHome" },
        defaultDependenciesOnly: true,
    },
    {
        id: "ProtectHostname",
        name: "ProtectHostname=",
        weight: 50,
        range: 1,
        assess: { kind: "bool", field: "protectHostname" },
        good: "Service cannot change system host/domainname",
        bad: "Service may change system host/domainname",
    },
    {
        id: "ProtectSystem",
        name: "ProtectSystem=",
        weight: 1000,
        range: 10,
        assess: { kind: "protectSystem" },
        defaultDependenciesOnly: true,
    },
    {
        id: "RootDirectoryOrRootImage",
        name: "RootDirectory=/RootImage=",
        weight: 200,
        range: 1,
        assess: { kind: "rootDirectory" },
        good: "Service has its own root directory/image",
        bad: "Service runs within the host's root directory",
        defaultDependenciesOnly: true,
    },
    {
        id: "LockPersonality",
        name: "LockPersonality=",
        weight: 100,
        range: 1,
        assess: { kind: "bool", field: "lockPersonality" },
        good: "Service cannot change ABI personality",
        bad: "Service may change ABI personality",
    },
    {
        id: "MemoryDenyWriteExecute",
        name: "MemoryDenyWriteExecute=",
        weight: 100,
        range: 1,
        assess: { kind: "bool", field: "memoryDenyWriteExecute" },
        good: "Service cannot create writable executable memory mappings",
        bad: "Service may create writable executable memory mappings",
    },
    {
        id: "NoNewPrivileges",
        name: "NoNewPrivileges=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "noNewPrivileges" },
        good: "Service processes cannot acquire new privileges",
        bad: "Service processes may acquire new privileges",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_ADMIN",
        name: "CapabilityBoundingSet=~CAP_SYS_ADMIN",
        weight: 1500,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_admin"] },
        good: "Service has no administrator privileges",
        bad: "Service has administrator privileges",
    },
    {
        id: "CapabilityBoundingSet_CAP_SET_UID_GID_PCAP",
        name: "CapabilityBoundingSet=~CAP_SET(UID|GID|PCAP)",
        weight: 1500,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_setuid", "cap_setgid", "cap_setpcap"] },
        good: "Service cannot change UID/GID identities/capabilities",
        bad: "Service may change UID/GID identities/capabilities",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_PTRACE",
        name: "CapabilityBoundingSet=~CAP_SYS_PTRACE",
        weight: 1500,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_ptrace"] },
        good: "Service has no ptrace() debugging abilities",
        bad: "Service has ptrace() debugging abilities",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_TIME",
        name: "CapabilityBoundingSet=~CAP_SYS_TIME",
        weight: 1000,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_time"] },
        good: "Service processes cannot change the system clock",
        bad: "Service processes may change the system clock",
    },
    {
        id: "CapabilityBoundingSet_CAP_NET_ADMIN",
        name: "CapabilityBoundingSet=~CAP_NET_ADMIN",
        weight: 1000,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_net_admin"] },
        good: "Service has no network configuration privileges",
        bad: "Service has network configuration privileges",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_RAWIO",
        name: "CapabilityBoundingSet=~CAP_SYS_RAWIO",
        weight: 1000,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_rawio"] },
        good: "Service has no raw I/O access",
        bad: "Service has raw I/O access",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_MODULE",
        name: "CapabilityBoundingSet=~CAP_SYS_MODULE",
        weight: 1000,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_module"] },
        good: "Service cannot load kernel modules",
        bad: "Service may load kernel modules",
    },
    {
        id: "CapabilityBoundingSet_CAP_AUDIT",
        name: "CapabilityBoundingSet=~CAP_AUDIT_*",
        weight: 500,
        range: 1,
        assess: {
            kind: "capability",
            capabilities: ["cap_audit_control", "cap_audit_read", "cap_audit_write"],
        },
        good: "Service has no audit subsystem access",
        bad: "Service has audit subsystem access",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYSLOG",
        name: "CapabilityBoundingSet=~CAP_SYSLOG",
        weight: 500,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_syslog"] },
        good: "Service has no access to kernel logging",
        bad: "Service has access to kernel logging",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_NICE_RESOURCE",
        name: "CapabilityBoundingSet=~CAP_SYS_(NICE|RESOURCE)",
        weight: 500,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_nice", "cap_sys_resource"] },
        good: "Service has no privileges to change resource use parameters",
        bad: "Service has privileges to change resource use parameters",
    },
    {
        id: "CapabilityBoundingSet_CAP_MKNOD",
        name: "CapabilityBoundingSet=~CAP_MKNOD",
        weight: 500,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_mknod"] },
        good: "Service cannot create device nodes",
        bad: "Service may create device nodes",
    },
    {
        id: "CapabilityBoundingSet_CAP_CHOWN_FSETID_SETFCAP",
        name: "CapabilityBoundingSet=~CAP_(CHOWN|FSETID|SETFCAP)",
        weight: 1000,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_chown", "cap_fsetid", "cap_setfcap"] },
        good: "Service cannot change file ownership/access mode/capabilities",
        bad: "Service may change file ownership/access mode/capabilities unrestricted",
    },
    {
        id: "CapabilityBoundingSet_CAP_DAC_FOWNER_IPC_OWNER",
        name: "CapabilityBoundingSet=~CAP_(DAC_*|FOWNER|IPC_OWNER)",
        weight: 1000,
        range: 1,
        assess: {
            kind: "capability",
            capabilities: ["cap_dac_override", "cap_dac_read_search", "cap_fowner", "cap_ipc_owner"],
        },
        good: "Service cannot override UNIX file/IPC permission checks",
        bad: "Service may override UNIX file/IPC permission checks",
    },
    {
        id: "CapabilityBoundingSet_CAP_KILL",
        name: "CapabilityBoundingSet=~CAP_KILL",
        weight: 500,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_kill"] },
        good: "Service cannot send UNIX signals to arbitrary processes",
        bad: "Service may send UNIX signals to arbitrary processes",
    },
    {
        id: "CapabilityBoundingSet_CAP_NET_BIND_SERVICE_BROADCAST_RAW)",
        name: "CapabilityBoundingSet=~CAP_NET_(BIND_SERVICE|BROADCAST|RAW)",
        weight: 500,
        range: 1,
        assess: {
            kind: "capability",
            capabilities: ["cap_net_bind_service", "cap_net_broadcast", "cap_net_raw"],
        },
        good: "Service has no elevated networking privileges",
        bad: "Service has elevated networking privileges",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_BOOT",
        name: "CapabilityBoundingSet=~CAP_SYS_BOOT",
        weight: 100,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_boot"] },
        good: "Service cannot issue reboot()",
        bad: "Service may issue reboot()",
    },
    {
        id: "CapabilityBoundingSet_CAP_MAC",
        name: "CapabilityBoundingSet=~CAP_MAC_*",
        weight: 100,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_mac_admin", "cap_mac_override"] },
        good: "Service cannot adjust SMACK MAC",
        bad: "Service may adjust SMACK MAC",
    },
    {
        id: "CapabilityBoundingSet_CAP_LINUX_IMMUTABLE",
        name: "CapabilityBoundingSet=~CAP_LINUX_IMMUTABLE",
        weight: 75,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_linux_immutable"] },
        good: "Service cannot mark files immutable",
        bad: "Service may mark files immutable",
    },
    {
        id: "CapabilityBoundingSet_CAP_IPC_LOCK",
        name: "CapabilityBoundingSet=~CAP_IPC_LOCK",
        weight: 50,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_ipc_lock"] },
        good: "Service cannot lock memory into RAM",
        bad: "Service may lock memory into RAM",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_CHROOT",
        name: "CapabilityBoundingSet=~CAP_SYS_CHROOT",
        weight: 50,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_chroot"] },
        good: "Service cannot issue chroot()",
        bad: "Service may issue chroot()",
    },
    {
        id: "CapabilityBoundingSet_CAP_BLOCK_SUSPEND",
        name: "CapabilityBoundingSet=~CAP_BLOCK_SUSPEND",
        weight: 25,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_block_suspend"] },
        good: "Service cannot establish wake locks",
        bad: "Service may establish wake locks",
    },
    {
        id: "CapabilityBoundingSet_CAP_WAKE_ALARM",
        name: "CapabilityBoundingSet=~CAP_WAKE_ALARM",
        weight: 25,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_wake_alarm"] },
        good: "Service cannot program timers that wake up the system",
        bad: "Service may program timers that wake up the system",
    },
    {
        id: "CapabilityBoundingSet_CAP_LEASE",
        name: "CapabilityBoundingSet=~CAP_LEASE",
        weight: 25,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_lease"] },
        good: "Service cannot create file leases",
        bad: "Service may create file leases",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_TTY_CONFIG",
        name: "CapabilityBoundingSet=~CAP_SYS_TTY_CONFIG",
        weight: 25,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_tty_config"] },
        good: "Service cannot issue vhangup()",
        bad: "Service may issue vhangup()",
    },
    {
        id: "CapabilityBoundingSet_CAP_SYS_PACCT",
        name: "CapabilityBoundingSet=~CAP_SYS_PACCT",
        weight: 25,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_sys_pacct"] },
        good: "Service cannot use acct()",
        bad: "Service may use acct()",
    },
    {
        id: "CapabilityBoundingSet_CAP_BPF",
        name: "CapabilityBoundingSet=~CAP_BPF",
        weight: 25,
        range: 1,
        assess: { kind: "capability", capabilities: ["cap_bpf"] },
        good: "Service may not load BPF programs",
        bad: "Service may load BPF programs",
    },
    {
        id: "UMask",
        name: "UMask=",
        weight: 100,
        range: 10,
        assess: { kind: "umask" },
    },
    {
        id: "KeyringMode",
        name: "KeyringMode=",
        weight: 1000,
        range: 1,
        assess: { kind: "keyringMode" },
        good: "Service doesn't share key material with other services",
        bad: "Service shares key material with other service",
    },
    {
        id: "ProtectProc",
        name: "ProtectProc=",
        weight: 1000,
        range: 3,
        assess: { kind: "protectProc" },
        good: "Service has restricted access to process tree (/proc hidepid=)",
        bad: "Service has full access to process tree (/proc hidepid=)",
    },
    {
        id: "ProcSubset",
        name: "ProcSubset=",
        weight: 10,
        range: 1,
        assess: { kind: "procSubset" },
        good: "Service has no access to non-process /proc files (/proc subset=)",
        bad: "Service has full access to non-process /proc files (/proc subset=)",
    },
    {
        id: "NotifyAccess",
        name: "NotifyAccess=",
        weight: 1000,
        range: 1,
        assess: { kind: "notifyAccess" },
        good: "Service child processes cannot alter service state",
        bad: "Service child processes may alter service state",
    },
    {
        id: "RemoveIPC",
        name: "RemoveIPC=",
        weight: 100,
        range: 1,
        assess: { kind: "removeIpc" },
        good: "Service user cannot leave SysV IPC objects around",
        bad: "Service user may leave SysV IPC objects around",
        na: "Service runs as root, option does not apply",
    },
    {
        id: "Delegate",
        name: "Delegate=",
        weight: 100,
        range: 1,
        assess: { kind: "delegate" },
        good: "Service does not maintain its own delegated control group subtree",
        bad: "Service maintains its own delegated control group subtree",
    },
    {
        id: "RestrictRealtime",
        name: "RestrictRealtime=",
        weight: 500,
        range: 1,
        assess: { kind: "bool", field: "restrictRealtime" },
        good: "Service realtime scheduling access is restricted",
        bad: "Service may acquire realtime scheduling",
    },
    {
        id: "RestrictSUIDSGID",
        name: "RestrictSUIDSGID=",
        weight: 1000,
        range: 1,
        assess: { kind: "bool", field: "restrictSuidSgid" },
        good: "SUID/SGID file creation by service is restricted",
        bad: "Service may create SUID/SGID files",
    },
    {
        id: "RestrictNamespaces_user",
        name: "RestrictNamespaces=~user",
        weight: 1500,
        range: 1,
        assess: { kind: "namespace", namespace: "user" },
        good: "Service cannot create user namespaces",
        bad: "Service may create user namespaces",
    },
    {
        id: "RestrictNamespaces_mnt",
        name: "RestrictNamespaces=~mnt",
        weight: 500,
        range: 1,
        assess: { kind: "namespace", namespace: "mnt" },
        good: "Service cannot create file system namespaces",
        bad: "Service may create file system namespaces",
    },
    {
        id: "RestrictNamespaces_ipc",
        name: "RestrictNamespaces=~ipc",
        weight: 500,
        range: 1,
        assess: { kind: "namespace", namespace: "ipc" },
        good: "Service cannot create IPC namespaces",
        bad: "Service may create IPC namespaces",
    },
    {
        id: "RestrictNamespaces_pid",
        name: "RestrictNamespaces=~pid",
        weight: 500,
        range: 1,
        assess: { kind: "namespace", namespace: "pid" },
        good: "Service cannot create process namespaces",
        bad: "Service may create process namespaces",
    },
    {
        id: "RestrictNamespaces_cgroup",
        name: "RestrictNamespaces=~cgroup",
        weight: 500,
        range: 1,
        assess: { kind: "namespace", namespace: "cgroup" },
        good: "Service cannot create cgroup namespaces",
        bad: "Service may create cgroup namespaces",
    },
    {
        id: "RestrictNamespaces_net",
        name: "RestrictNamespaces=~net",
        weight: 500,
        range: 1,
        assess: { kind: "namespace", namespace: "net" },
        good: "Service cannot create network namespaces",
        bad: "Service may create network namespaces",
    },
    {
        id: "RestrictNamespaces_uts",
        name: "RestrictNamespaces=~uts",
        weight: 100,
        range: 1,
        assess: { kind: "namespace", namespace: "uts" },
        good: "Service cannot create hostname namespaces",
        bad: "Service may create hostname namespaces",
    },
    {
        id: "RestrictAddressFamilies_AF_INET_INET6",
        name: "RestrictAddressFamilies=~AF_(INET|INET6)",
        weight: 1500,
        range: 1,
        assess: { kind: "addressFamily", category: "inet" },
        good: "Service cannot allocate Internet sockets",
        bad: "Service may allocate Internet sockets",
    },
    {
        id: "RestrictAddressFamilies_AF_UNIX",
        name: "RestrictAddressFamilies=~AF_UNIX",
        weight: 25,
        range: 1,
        assess: { kind: "addressFamily", category: "unix" },
        good: "Service cannot allocate local sockets",
        bad: "Service may allocate local sockets",
    },
    {
        id: "RestrictAddressFamilies_AF_NETLINK",
        name: "RestrictAddressFamilies=~AF_NETLINK",
        weight: 200,
        range: 1,
        assess: { kind: "addressFamily", category: "netlink" },
        good: "Service cannot allocate netlink sockets",
        bad: "Service may allocate netlink sockets",
    },
    {
        id: "RestrictAddressFamilies_AF_PACKET",
        name: "RestrictAddressFamilies=~AF_PACKET",
        weight: 1000,
        range: 1,
        assess: { kind: "addressFamily", category: "packet" },
        good: "Service cannot allocate packet sockets",
        bad: "Service may allocate packet sockets",
    },
    {
        id: "RestrictAddressFamilies_OTHER",
        name: "RestrictAddressFamilies=~…",
        weight: 1250,
        range: 1,
        assess: { kind: "addressFamily", category: "other" },
        good: "Service cannot allocate exotic sockets",
        bad: "Service may allocate exotic sockets",
    },
    {
        id: "SystemCallArchitectures",
        name: "SystemCallArchitectures=",
        weight: 1000,
        range: 10,
        assess: { kind: "systemCallArchitectures" },
    },
    {
        id: "SystemCallFilter_swap",
        name: "SystemCallFilter=~@swap",
        weight: 1000,
        range: 10,
        assess: { kind: "syscallFilter", group: "@swap" },
    },
    {
        id: "SystemCallFilter_obsolete",
        name: "SystemCallFilter=~@obsolete",
        weight: 250,
        range: 10,
        assess: { kind: "syscallFilter", group: "@obsolete" },
    },
    {
        id: "SystemCallFilter_clock",
        name: "SystemCallFilter=~@clock",
        weight: 1000,
        range: 10,
        assess: { kind: "syscallFilter", group: "@clock" },
    },
    {
        id: "SystemCallFilter_cpu_emulation",
        name: "SystemCallFilter=~@cpu-emulation",
        weight: 250,
        range: 10,
        assess: { kind: "syscallFilter", group: "@cpu-emulation" },
    },
    {
        id: "SystemCallFilter_debug",
        name: "SystemCallFilter=~@debug",
        weight: 1000,
        range: 10,
        assess: { kind: "syscallFilter", group: "@debug" },
    },
    {
        id: "SystemCallFilter_mount",
        name: "SystemCallFilter=~@mount",
        weight: 1000,
        range: 10,
        assess: { kind: "syscallFilter", group: "@mount" },
    },
    {
        id: "SystemCallFilter_module",
        name: "SystemCallFilter=~@module",
        weight: 1000,
        range: 10,
        assess: { kind: "syscallFilter", group: "@module" },
    },
    {
        id: "SystemCallFilter_raw_io",
        name: "SystemCallFilter=~@raw-io",
        weight: 1000,
        range: 10,
        assess: { kind: "syscallFilter", group: "@raw-io" },
    },
    {
        id: "SystemCallFilter_reboot",
        name: "SystemCallFilter=~@reboot",
        weight: 1000,
        range: 10,
        assess: { kind: "syscallFilter", group: "@reboot" },
    },
    {
        id: "SystemCallFilter_privileged",
        name: "SystemCallFilter=~@privileged",
        weight: 700,
        range: 10,
        assess: { kind: "syscallFilter", group: "@privileged" },
    },
    {
        id: "SystemCallFilter_resources",
        name: "SystemCallFilter=~@resources",
        weight: 700,
        range: 10,
        assess: { kind: "syscallFilter", group: "@resources" },
    },
    {
        id: "IPAddressDeny",
        name: "IPAddressDeny=",
        weight: 1000,
        range: 10,
        assess: { kind: "ipAddressDeny" },
    },
    {
        id: "DeviceAllow",
        name: "DeviceAllow=",
        weight: 1000,
        range: 10,
        assess: { kind: "deviceAllow" },
    },
    {
        id: "AmbientCapabilities",
        name: "AmbientCapabilities=",
        weight: 500,
        range: 1,
        assess: { kind: "ambientCapabilities" },
        good: "Service process does not receive ambient capabilities",
        bad: "Service process receives ambient capabilities",
    },
];
const CHECKS_BY_ID = new Map(CHECKS.map((c) => [c.id, c]));

;// CONCATENATED MODULE: ./build/src/core/checks/score.js


const LEVELS = [
    [100, "DANGEROUS"],
    [90, "UNSAFE"],
    [75, "EXPOSED"],
    [50, "MEDIUM"],
    [10, "OK"],
    [1, "SAFE"],
    [0, "PERFECT"],
];
function levelOf(exposure) {
    return LEVELS.find(([threshold]) => exposure >= threshold)[1];
}
/** "9.6" for 96. */
function formatExposure(tenths) {
    return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}
const ceilDiv = (a, b) => Math.floor((a + b - 1) / b);
class PolicyError extends Error {
}
/** A check assessed with the policy's weight, range and texts (`special`: the unit runs without default dependencies). */
function weigh(check, unit, policy, special) {
    const override = policy?.get(check.id);
    const weight = override?.weight ?? check.weight;
    const range = override?.range ?? check.range;
    let badness;
    let own;
    let src;
    if (check.defaultDependenciesOnly && special) {
        badness = null;
        own = "Service runs in special boot phase, option is not appropriate";
        src = unit.settings.defaultDependencies.src;
    }
    else if (weight === 0) {
        badness = null;
        own = "Option excluded by policy, skipping";
    }
    else {
        const r = assessCheck(check, unit);
        badness = r.badness;
        own = r.description;
        src = r.src;
    }
    if (badness !== null && (range === 0 || badness > range))
        throw new PolicyError(`the policy gives ${check.id} range ${range}, below its badness ${badness}`);
    let description;
    if (own !== null)
        description = own;
    else if (badness === null)
        description = override?.description_na ?? check.na ?? null;
    else if (badness === check.range)
        description = override?.description_bad ?? check.bad ?? null;
    else if (badness === 0)
        description = override?.description_good ?? check.good ?? null;
    else
        description = null;
    return { badness, weight, range, description, src };
}
/** What a check adds to the badness sum. */
const contribution = (w) => w.badness === null ? 0 : ceilDiv(w.badness * w.weight, w.range);
/** Every check assessed in CHECKS order, with the policy's weights and texts, and the two sums. */
function assessAll(unit, policy) {
    const special = !unit.settings.defaultDependencies.value;
    let badnessSum = 0;
    let weightSum = 0;
    const weighed = new Array(CHECKS.length);
    for (let i = 0; i < CHECKS.length; i++) {
        const w = weigh(CHECKS[i], unit, policy, special);
        if (w.badness !== null) {
            badnessSum += contribution(w);
            weightSum += w.weight;
        }
        weighed[i] = w;
    }
    if (weightSum === 0)
        throw new PolicyError("the policy excludes every check");
    return { weighed, badnessSum, weightSum };
}
function scoreUnit(unit, policy) {
    const { weighed, badnessSum, weightSum } = assessAll(unit, policy);
    const rows = new Array(CHECKS.length);
    for (let i = 0; i < CHECKS.length; i++) {
        const { badness, weight, range, description, src } = weighed[i];
        rows[i] = {
            check: CHECKS[i],
            weight,
            range,
            badness,
            description,
            exposure: badness === null || badness === 0
                ? null
                : ceilDiv(ceilDiv(100 * badness * weight, range), weightSum),
            set: badness === null ? null : badness === 0,
            src,
        };
    }
    const exposure = exposureFrom(badnessSum, weightSum);
    return {
        exposure,
        level: levelOf(exposure),
        badnessSum,
        weightSum,
        rows: printOrder(rows, unit.release.emptyDescriptions === "first"),
    };
}
/** The overall exposure (tenths) for the two sums. */
const exposureFrom = (badnessSum, weightSum) => ceilDiv(100 * badnessSum, weightSum);
/**
 * The overall exposure (tenths) of a scored unit as a variant of its release scores it, one that
 * differs from it only in how some checks are assessed (the online 252 of onlineVariant): only
 * those checks are assessed again.
 */
function variantExposure(score, unit, variant, policy) {
    const special = !unit.settings.defaultDependencies.value;
    const asVariant = { ...unit, release: variant };
    let { badnessSum, weightSum } = score;
    for (const row of score.rows) {
        if (variant.assessment(row.check.id) === unit.release.assessment(row.check.id))
            continue;
        const w = weigh(row.check, asVariant, policy, special);
        badnessSum += contribution(w) - contribution(row);
        weightSum += (w.badness === null ? 0 : w.weight) - (row.badness === null ? 0 : row.weight);
    }
    if (weightSum === 0)
        throw new PolicyError("the policy excludes every check");
    return exposureFrom(badnessSum, weightSum);
}
/**
 * The overall exposure (tenths) and each check's badness in CHECKS order (null: does not
 * apply), as scoreUnit computes them without a policy, but without building the printed rows:
 * for the fix engine's trials, which only compare.
 */
function exposureOf(unit) {
    const { weighed, badnessSum, weightSum } = assessAll(unit, undefined);
    return { exposure: exposureFrom(badnessSum, weightSum), badness: weighed.map((w) => w.badness) };
}
/** The check does not apply because the service runs as root (for callers explaining N/A rows). */
function notApplicableBecauseRoot(unit) {
    return runsPrivileged(unit.settings);
}
/**
 * systemd sorts the table with glibc 2.36's qsort (a merge sort) by DESCRIPTION descending, then
 * NAME, then original order. An empty description compares with a text one by original order
 * (format-table.c), which is not a consistent order, so the result depends on the exact merge
 * sort; this is that merge sort (msort_with_tmp), step by step, on row indices. The header row
 * takes part in the sort (it always compares first), so it sits at index 0 here too.
 */
function printOrder(rows, emptyFirst) {
    // The order depends only on the descriptions (names and positions are fixed), and units share
    // few distinct tuples of them: remember the order for each tuple. Descriptions come from a
    // bounded set (the table, systemd's fixed texts, policy overrides); the bounds only guard
    // against a policy that invents endless texts.
    if (DESCRIPTION_IDS.size + rows.length > MAX_DESCRIPTIONS) {
        DESCRIPTION_IDS.clear();
        ORDERS.clear();
    }
    const ids = new Int32Array(rows.length);
    let hash = emptyFirst ? 0x2f1c9dc5 : 0x811c9dc5;
    for (let i = 0; i < rows.length; i++) {
        ids[i] = internDescription(rows[i].description);
        hash = Math.imul(hash ^ ids[i], 0x01000193);
    }
    const bucket = ORDERS.get(hash) ?? [];
    let order = bucket.find((b) => b.emptyFirst === emptyFirst && b.ids.every((id, i) => id === ids[i]))?.order;
    if (!order) {
        order = msortOrder(rows, emptyFirst);
        if (ORDERS.size >= MAX_ORDERS)
            ORDERS.clear();
        ORDERS.set(hash, [...bucket, { ids, order, emptyFirst }]);
    }
    const out = new Array(rows.length);
    for (let k = 0; k < order.length; k++)
        out[k] = rows[order[k]];
    return out;
}
const DESCRIPTION_IDS = new Map();
/** Print orders by a hash of the description ids (with the ids, against collisions). */
const ORDERS = new Map();
const MAX_ORDERS = 4096;
const MAX_DESCRIPTIONS = 65536;
function internDescription(d) {
    let id = DESCRIPTION_IDS.get(d);
    if (id === undefined) {
        id = DESCRIPTION_IDS.size;
        DESCRIPTION_IDS.set(d, id);
    }
    return id;
}
/** The print order as indices into `rows`. */
function msortOrder(rows, emptyFirst) {
    const n = rows.length + 1;
    // Item k is the header for k = 0, else row k - 1.
    const compare = (a, b) => {
        if (a === 0)
            return b === 0 ? 0 : -1;
        if (b === 0)
            return 1;
        const ra = rows[a - 1];
        const rb = rows[b - 1];
        const da = ra.description;
        const db = rb.description;
        // From 262 a row without a description sorts before every described one (the release's trait).
        const r = da !== null && db !== null
            ? da < db
                ? -1
                : da > db
                    ? 1
                    : 0
            : emptyFirst && (da === null) !== (db === null)
                ? da === null
                    ? 1
                    : -1
                : a - b;
        if (r !== 0)
            return -r;
        const na = ra.check.name;
        const nb = rb.check.name;
        return na < nb ? -1 : na > nb ? 1 : a - b;
    };
    const items = Array.from({ length: n }, (_, k) => k);
    const tmp = new Array(n);
    const sort = (lo, count) => {
        if (count <= 1)
            return;
        const n1 = count >> 1;
        const n2 = count - n1;
        sort(lo, n1);
        sort(lo + n1, n2);
        let i = lo;
        let j = lo + n1;
        const iEnd = lo + n1;
        const jEnd = lo + count;
        let k = 0;
        while (i < iEnd && j < jEnd)
            tmp[k++] = compare(items[i], items[j]) <= 0 ? items[i++] : items[j++];
        while (i < iEnd)
            tmp[k++] = items[i++];
        for (let m = 0; m < k; m++)
            items[lo + m] = tmp[m];
    };
    sort(0, n);
    return items.slice(1).map((k) => k - 1);
}

;// CONCATENATED MODULE: ./build/src/core/findings.js
const SEVERITY_RANK = {
    error: 3,
    warning: 2,
    notice: 1,
};
function locate(f) {
    if (!f.file)
        return { line: 1, column: 1, endLine: 1, endColumn: 1 };
    const start = f.file.lineIndex.position(f.span.start);
    const end = f.file.lineIndex.position(Math.max(f.span.start, f.span.end));
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
/** Sorted by path, line, column, id; exact repeats dropped. */
function sortFindings(findings) {
    const keyed = findings.map((f) => ({ f, at: locate(f) }));
    keyed.sort((a, b) => (a.f.path < b.f.path ? -1 : a.f.path > b.f.path ? 1 : 0) ||
        a.at.line - b.at.line ||
        a.at.column - b.at.column ||
        (a.f.id < b.f.id ? -1 : a.f.id > b.f.id ? 1 : 0) ||
        (a.f.message < b.f.message ? -1 : a.f.message > b.f.message ? 1 : 0));
    const out = [];
    let prev;
    for (const k of keyed) {
        const same = prev &&
            prev.f.path === k.f.path &&
            prev.at.line === k.at.line &&
            prev.at.column === k.at.column &&
            prev.f.id === k.f.id &&
            prev.f.message === k.f.message;
        if (!same)
            out.push(k.f);
        prev = k;
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/annotate.js
/**
 * The annotations of a run, built once from the reports, the gate and the base, for every place
 * that shows them (the check run, workflow commands, `--format github|sarif|gitlab`):
 * - one per scored unit at or above `annotate-exposure` (or breaking an exposure gate), on its
 *   `[Service]` line: exposure, level, base -> head, the costliest checks with the line that
 *   decided each, the drop-in's exposure and where to get it; failure level when it breaks a gate,
 *   and then what raised the exposure, check by check;
 * - a notice on each line that explicitly sets a weak value (on pull requests: only lines the pull
 *   request adds or changes); a failure instead when that line now decides a check worse than
 *   the base's;
 * - the open lint findings, as before.
 * Unit annotations come first, most exposed first: GitHub shows only 10 of each level per step.
 */


const code = (s) => `\`${s.replace(/[\r\n]+/g, " ").replace(/`/g, "'")}\``;
/** The base's checks of a scored report (what `BaseUnit` keeps of it). */
function baseUnitOf(r) {
    if (!r.score)
        return null;
    const checks = new Map();
    for (const row of r.score.rows) {
        const at = row.src ? settingAt(row) : undefined;
        checks.set(row.check.id, {
            badness: row.badness,
            cost: row.exposure ?? 0,
            ...(at && { setting: at }),
        });
    }
    const byRelease = r.scores &&
        new Map(r.scores.flatMap((s) => (s.score ? [[s.release, s.score.exposure]] : [])));
    return { exposure: r.score.exposure, checks, ...(byRelease && { byRelease }) };
}
function settingAt(row) {
    if (!row.src)
        return undefined;
    const a = row.src.assignment;
    return {
        path: row.src.file.path,
        line: row.src.file.lineIndex.position(a.span.start).line,
        text: `${a.key}=${a.value}`,
    };
}
/** The 1-based line of a file's `[Service]` header, or null. */
function serviceLine(file) {
    const e = file.entries.find((x) => x.kind === "section" && x.name === "Service");
    return e && e.kind === "section" ? e.firstLine + 1 : null;
}
/** Where a unit's annotation goes: its `[Service]` line (a drop-in's, when only that is in the pull request), else line 1. */
function unitPlace(r, inDiff) {
    const loaded = r.loaded;
    if (inDiff && !inDiff(loaded.fragment.path)) {
        const dropin = loaded.dropins.find((d) => inDiff(d.path));
        if (dropin)
            return { path: dropin.path, line: serviceLine(dropin) ?? 1 };
    }
    return { path: loaded.fragment.path, line: serviceLine(loaded.fragment) ?? 1 };
}
function failing(rows) {
    return rows
        .filter((r) => r.badness !== null && r.badness > 0)
        .sort((a, b) => (b.exposure ?? 0) - (a.exposure ?? 0) ||
        (b.weight * b.badness) / b.range - (a.weight * a.badness) / a.range ||
        (a.check.name < b.check.name ? -1 : 1));
}
function howToGet(r, { context, suggests }) {
    const dir = r.path.includes("/") ? r.path.replace(/\/[^/]*$/, "") || "/" : ".";
    const cli = code(`npx harden-units fix ${/^[\w@%+=:,./-]+$/.test(dir) ? dir : `'${dir.replace(/'/g, `'\\''`)}'`}`);
    if (context === "pull-request")
        return `${suggests ? "apply the review's suggestion, " : ""}set ${code("fix: commit")}, comment ${code("/harden-units fix")}, or run ${cli}`;
    if (context === "action")
        return `set ${code("fix: commit")} or run ${cli}`;
    return `run ${cli}`;
}
function worseChecks(rows, base) {
    const out = [];
    for (const row of rows) {
        const b = base.checks.get(row.check.id);
        const before = b?.badness ?? 0;
        const now = row.badness ?? 0;
        if (now > before)
            out.push({ row, base: b, delta: (row.exposure ?? 0) - (b?.cost ?? 0) });
    }
    return out.sort((a, b) => b.delta - a.delta || (a.row.check.name < b.row.check.name ? -1 : 1));
}
/** How a worse check came about, in words; `line` when a line of the head decides it now. */
function cause(w, unitPath) {
    const cost = `costs ${formatExposure(Math.max(0, w.delta))}`;
    const now = settingAt(w.row);
    const was = w.base?.setting;
    if (!now && was)
        return {
            text: `removing ${code(was.text)} (base line ${was.line}${was.path !== unitPath ? ` of ${was.path}` : ""}) ${cost} (${w.row.check.name})`,
        };
    if (now)
        return {
            text: `${code(now.text)} (line ${now.line}${was ? `, was ${code(was.text)}` : ""}) ${cost} (${w.row.check.name})`,
            at: now,
        };
    return { text: `${w.row.check.name} got worse: ${cost}` };
}
/** What raised a unit's exposure over the base's, check by check, in words (empty when nothing did). */
function regressionCauses(r, base) {
    if (!r.score || !base || r.score.exposure <= base.exposure)
        return [];
    return worseChecks(r.score.rows, base).map((w) => cause(w, r.path).text);
}
/**
 * Checks that fail in a sandbox done right: almost every service keeps AF_UNIX (the journal's
 * socket), so allowing it is no weak value.
 */
const NOT_WEAK = new Set(["RestrictAddressFamilies_AF_UNIX"]);
/**
 * A row an explicit assignment decides at the check's worst: `ProtectSystem=no`, `User=root`, a
 * capability or address family kept, a deny list that misses a group. A setting that is merely
 * not the strictest (`ProtectSystem=full`, an allow list such as `@system-service`) is no weak value.
 */
function isWeak(row) {
    return (row.src !== undefined &&
        row.badness !== null &&
        row.badness > 0 &&
        row.badness === row.range &&
        !NOT_WEAK.has(row.check.id));
}
/** The annotations of one unit's report (in the order they are shown). */
function unitAnnotations(r, options, seenFindings) {
    const out = [];
    const gate = (options.gate ?? []).filter((g) => g.path === r.path && g.kind !== "findings");
    const s = r.score;
    const base = options.base?.get(r.path);
    const increase = gate.find((g) => g.kind === "increase");
    const worse = s && base && increase ? worseChecks(s.rows, base) : [];
    const causes = worse.map((w) => ({ w, ...cause(w, r.path) }));
    const byLine = new Set();
    if (s && r.loaded) {
        const threshold = options.annotateExposure === null ? Infinity : Math.round(options.annotateExposure * 10);
        if (s.exposure >= threshold || gate.length > 0) {
            const place = unitPlace(r, options.inDiff);
            const trail = base
                ? `base ${formatExposure(base.exposure)} → ${formatExposure(s.exposure)}`
                : options.base
                    ? "new"
                    : null;
            const top = failing(s.rows)
                .slice(0, 3)
                .map((row) => {
                const at = settingAt(row);
                return `${row.check.name} ${formatExposure(row.exposure ?? 0)} (${at ? `${at.path === place.path ? "" : `${at.path}:`}line ${at.line}: ${code(at.text)}` : "not set"})`;
            });
            const proposal = r.fix && "proposal" in r.fix ? r.fix.proposal : null;
            const parts = [
                `${r.unit}: exposure ${formatExposure(s.exposure)} ${s.level}${trail ? ` (${trail})` : ""}.`,
            ];
            for (const g of gate)
                parts.push(`Gate: ${g.message}.`);
            if (causes.length > 0)
                parts.push(`Raised by: ${causes.map((c) => c.text).join("; ")}.`);
            if (top.length > 0)
                parts.push(`Costliest checks: ${top.join("; ")}.`);
            if (proposal && proposal.exposureAfter < s.exposure) {
                parts.push(`With the proposed drop-in ${code(proposal.dropinPath)}: ${formatExposure(proposal.exposureAfter)}; to get it, ${howToGet(r, options)}.`);
            }
            out.push({
                kind: "unit-exposure",
                rule: gate.some((g) => g.kind === "max-exposure")
                    ? "exposure-above-limit"
                    : "unit-exposure",
                level: gate.length > 0 ? "failure" : "warning",
                path: place.path,
                line: place.line,
                endLine: place.line,
                title: `harden-units: ${r.unit} ${formatExposure(s.exposure)} ${s.level}`,
                message: parts.join("\n"),
                unitPath: r.path,
                exposure: s.exposure,
            });
        }
        // The regression's causes on the lines that now decide them.
        const lineCauses = new Map();
        for (const c of causes) {
            if (!c.at)
                continue;
            const key = `${c.at.path}\n${c.at.line}`;
            lineCauses.set(key, [...(lineCauses.get(key) ?? []), c]);
        }
        for (const [key, cs] of lineCauses) {
            const at = cs[0].at;
            if (options.changedLine && !options.changedLine(at.path, at.line))
                continue;
            byLine.add(key);
            out.push({
                kind: "exposure-increase",
                rule: "exposure-increase",
                level: "failure",
                path: at.path,
                line: at.line,
                endLine: at.line,
                unitPath: r.path,
                title: `harden-units: ${r.unit} exposure rose`,
                message: `${code(at.text)} raises the exposure of ${r.unit} (${increase.message}): ${cs.map((c) => `${c.w.row.check.name} ${formatExposure(Math.max(0, c.w.delta))}`).join(", ")}.`,
            });
        }
        // Weak lines: an explicit setting that leaves checks failing; not where a finding on that line is waived (the author said why).
        const waived = new Set(r.findings
            .filter((f) => f.suppressed !== undefined)
            .map((f) => `${f.path}\n${locate(f).line}`));
        const weak = new Map();
        for (const row of s.rows) {
            if (!isWeak(row))
                continue;
            const at = settingAt(row);
            const key = `${at.path}\n${at.line}`;
            if (byLine.has(key) || waived.has(key))
                continue;
            if (options.changedLine && !options.changedLine(at.path, at.line))
                continue;
            const w = weak.get(key) ?? { at, key: row.src.assignment.key, rows: [] };
            w.rows.push(row);
            weak.set(key, w);
        }
        const proposal = r.fix && "proposal" in r.fix ? r.fix.proposal : null;
        for (const w of [...weak.values()].sort((a, b) => a.at.path < b.at.path ? -1 : a.at.path > b.at.path ? 1 : a.at.line - b.at.line)) {
            w.rows.sort((a, b) => (b.exposure ?? 0) - (a.exposure ?? 0));
            const cost = w.rows.reduce((n, row) => n + (row.exposure ?? 0), 0);
            const names = w.rows.map((row) => row.check.name);
            const shown = names.length > 4
                ? `${names.slice(0, 4).join(", ")} and ${names.length - 4} more`
                : names.join(", ");
            const better = proposal?.settings.filter((l) => l.key === w.key).map((l) => code(`${l.key}=${l.value}`)) ??
                [];
            const first = w.rows[0];
            const remedy = better.length > 0
                ? `the proposed drop-in sets ${better.join(", ")}`
                : first.check.good
                    ? `aim for "${first.check.good}"`
                    : `tighten ${w.key}=`;
            out.push({
                kind: "weak-setting",
                rule: "weak-setting",
                level: "notice",
                path: w.at.path,
                line: w.at.line,
                endLine: w.at.line,
                unitPath: r.path,
                title: `harden-units: weak ${w.key}=`,
                message: `${code(w.at.text)} leaves ${shown} failing in ${r.unit}${first.description ? ` (${first.description})` : ""}; it costs ${formatExposure(cost)} of ${formatExposure(s.exposure)}. Remedy: ${remedy}.`,
            });
        }
    }
    for (const f of r.findings) {
        if (f.suppressed !== undefined)
            continue;
        const at = locate(f);
        const key = JSON.stringify([f.path, at.line, at.column, f.id, f.message]);
        if (seenFindings) {
            if (seenFindings.has(key))
                continue;
            seenFindings.add(key);
        }
        out.push(findingAnnotation(f, r.path));
    }
    return out;
}
const LEVEL = {
    error: "failure",
    warning: "warning",
    notice: "notice",
};
function findingAnnotation(f, unitPath) {
    const at = locate(f);
    return {
        kind: "finding",
        rule: f.id,
        level: LEVEL[f.severity],
        path: f.path,
        line: at.line,
        endLine: at.endLine,
        unitPath,
        column: at.column,
        endColumn: at.endColumn,
        title: f.id,
        message: f.message,
    };
}
/**
 * The annotations of a run: unit annotations first, most exposed first, then the rest in report
 * order. A finding in a drop-in shared by several units is given once.
 */
function annotate(reports, options) {
    const seen = new Set();
    const all = reports.flatMap((r) => unitAnnotations(r, options, seen));
    return annotate_orderAnnotations(all);
}
/** Unit annotations first (most exposed first, then by path), the rest keeping their order. */
function annotate_orderAnnotations(all) {
    const units = all
        .filter((a) => a.kind === "unit-exposure")
        .sort((a, b) => b.exposure - a.exposure ||
        (a.unitPath < b.unitPath ? -1 : a.unitPath > b.unitPath ? 1 : 0));
    return [...units, ...all.filter((a) => a.kind !== "unit-exposure")];
}

;// CONCATENATED MODULE: ./build/src/core/data/releases.js
// Generated by scripts/gen-systemd-data.py. Do not edit by hand.
// What each systemd release from 253 to 262 changed, as deltas on the release before (252 is
// ./systemd252.ts). `verified` names the Debian build the delta was read from; releases without
// one are derived (dated by man pages' "Added in version" and NEWS).
const VERIFIED_BUILDS = {
    "252": "systemd 252 (252.39-1~deb12u2)",
    "254": "systemd 254 (254.26-1~bpo12+1)",
    "257": "systemd 257 (257.13-1~deb13u1)",
    "262": "systemd 262 (262.1-1)"
};
const VALUE_GRAMMARS = [
    {
        "key": "PrivateMounts",
        "since": 254,
        "grammar": "tristate-bool",
        "words": []
    },
    {
        "key": "PrivateMounts",
        "since": 257,
        "grammar": "enum-reset",
        "words": []
    },
    {
        "key": "PrivateTmp",
        "since": 257,
        "grammar": "enum",
        "words": ["disconnected"]
    },
    {
        "key": "PrivateUsers",
        "since": 257,
        "grammar": "enum",
        "words": ["self", "identity"]
    },
    {
        "key": "ProtectControlGroups",
        "since": 257,
        "grammar": "enum",
        "words": ["private", "strict"]
    },
    {
        "key": "PrivatePIDs",
        "since": 257,
        "grammar": "enum",
        "words": []
    },
    {
        "key": "ProtectHostname",
        "since": 257,
        "grammar": "enum",
        "words": []
    },
    {
        "key": "PrivateUsers",
        "since": 258,
        "grammar": "enum",
        "words": ["self", "identity", "full"]
    },
    {
        "key": "ProtectHostname",
        "since": 258,
        "grammar": "enum-terse",
        "words": ["private"]
    },
    {
        "key": "PrivateBPF",
        "since": 258,
        "grammar": "enum",
        "words": []
    },
    {
        "key": "PrivateUsers",
        "since": 260,
        "grammar": "enum",
        "words": ["self", "identity", "full", "managed"]
    }
];
const ASSESSMENT_CHANGES = [
    {
        "check": "PrivateMounts",
        "since": 254,
        "rule": "fails-only-when-no"
    }
];
const RELEASE_TRAITS = [
    {
        "trait": "templateInstance",
        "since": 252,
        "value": "i"
    },
    {
        "trait": "templateInstance",
        "since": 257,
        "value": "test_instance"
    },
    {
        "trait": "encryptedCredentialDevice",
        "since": 252,
        "value": "/dev/tpmrm0"
    },
    {
        "trait": "encryptedCredentialDevice",
        "since": 254,
        "value": "char-tpm"
    },
    {
        "trait": "encryptedCredentialDevice",
        "since": 262,
        "value": null
    },
    {
        "trait": "addressFamilyError",
        "since": 252,
        "value": "skip-word"
    },
    {
        "trait": "addressFamilyError",
        "since": 262,
        "value": "stop-line"
    },
    {
        "trait": "emptyDescriptions",
        "since": 252,
        "value": "merge-order"
    },
    {
        "trait": "emptyDescriptions",
        "since": 262,
        "value": "first"
    },
    {
        "trait": "parseErrors",
        "since": 252,
        "value": "classic"
    },
    {
        "trait": "parseErrors",
        "since": 257,
        "value": "generic"
    },
    {
        "trait": "doubleBang",
        "since": 252,
        "value": "supported"
    },
    {
        "trait": "doubleBang",
        "since": 262,
        "value": "ignored"
    }
];
const RELEASE_DELTAS = [
    {
        "version": 253,
        "keys": [
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "LogFilterPatterns": "REGEX"
                }
            },
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": {
                    "MemoryZSwapMax": "LIMIT",
                    "StartupMemoryZSwapMax": "LIMIT"
                }
            },
            {
                "sections": ["Service"],
                "keys": {
                    "OpenFile": "OTHER",
                    "ReloadSignal": "SIGNAL"
                }
            }
        ],
        "verified": null
    },
    {
        "version": 254,
        "verified": "systemd 254 (254.26-1~bpo12+1)",
        "keys": [
            {
                "sections": ["Install"],
                "keys": {
                    "UpheldBy": "OTHER"
                }
            },
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "RootImagePolicy": "OTHER",
                    "RootEphemeral": "BOOLEAN",
                    "ExtensionImagePolicy": "OTHER",
                    "MountImagePolicy": "OTHER",
                    "PrivateMounts": "OTHER",
                    "MountFlags": "MOUNTFLAG",
                    "ImportCredential": "OTHER",
                    "MemoryKSM": "OTHER"
                }
            },
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": {
                    "DefaultStartupMemoryLow": "LIMIT",
                    "StartupMemoryLow": "LIMIT",
                    "StartupMemoryHigh": "LIMIT",
                    "StartupMemoryMax": "LIMIT",
                    "StartupMemorySwapMax": "LIMIT",
                    "DelegateSubgroup": "OTHER",
                    "MemoryPressureThresholdSec": "SECONDS",
                    "MemoryPressureWatch": "OTHER"
                }
            },
            {
                "sections": ["Service"],
                "keys": {
                    "RestartSteps": "UNSIGNED",
                    "RestartMaxDelaySec": "SECONDS",
                    "RestartMode": "SERVICERESTARTMODE",
                    "FileDescriptorStorePreserve": "OTHER"
                }
            }
        ],
        "syscallGroups": {
            "@default": {
                "description": "System calls that are always permitted",
                "members": [
                    "@sandbox", "arch_prctl", "brk", "cacheflush", "clock_getres", "clock_getres_time64",
                    "clock_gettime", "clock_gettime64", "clock_nanosleep", "clock_nanosleep_time64", "execve", "exit",
                    "exit_group", "futex", "futex_time64", "futex_waitv", "get_robust_list", "get_thread_area",
                    "getegid", "getegid32", "geteuid", "geteuid32", "getgid", "getgid32", "getgroups", "getgroups32",
                    "getpgid", "getpgrp", "getpid", "getppid", "getrandom", "getresgid", "getresgid32", "getresuid",
                    "getresuid32", "getrlimit", "getsid", "gettid", "gettimeofday", "getuid", "getuid32", "membarrier",
                    "mmap", "mmap2", "mprotect", "munmap", "nanosleep", "pause", "prlimit64", "restart_syscall",
                    "riscv_flush_icache", "riscv_hwprobe", "rseq", "rt_sigreturn", "sched_getaffinity", "sched_yield",
                    "set_robust_list", "set_thread_area", "set_tid_address", "set_tls", "sigreturn", "time",
                    "ugetrlimit", "uretprobe"
                ]
            },
            "@sandbox": {
                "description": "Sandbox functionality",
                "members": ["landlock_add_rule", "landlock_create_ruleset", "landlock_restrict_self", "seccomp"]
            },
            "@known": {
                "added": ["cachestat"],
                "removed": []
            }
        }
    },
    {
        "version": 255,
        "keys": [
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "SetLoginEnvironment": "OTHER"
                }
            },
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": {
                    "NFTSet": "OTHER",
                    "CoredumpReceive": "BOOLEAN"
                }
            },
            {
                "sections": ["Socket"],
                "keys": {
                    "PollLimitIntervalSec": "SECONDS",
                    "PollLimitBurst": "UNSIGNED"
                }
            },
            {
                "sections": ["Unit"],
                "keys": {
                    "SurviveFinalKillSignal": "BOOLEAN"
                }
            }
        ],
        "verified": null
    },
    {
        "version": 256,
        "keys": [
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": {
                    "MemoryZSwapWriteback": "BOOLEAN"
                }
            },
            {
                "sections": ["Socket"],
                "keys": {
                    "PassFileDescriptorsToExec": "BOOLEAN"
                }
            },
            {
                "sections": ["Unit"],
                "keys": {
                    "WantsMountsFor": "PATH [...]"
                }
            }
        ],
        "verified": null
    },
    {
        "version": 257,
        "verified": "systemd 257 (257.13-1~deb13u1)",
        "keys": [
            {
                "sections": ["Mount", "Swap"],
                "keys": {
                    "What": "NODE"
                }
            },
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "PrivateTmp": "OTHER",
                    "ProtectControlGroups": "OTHER",
                    "PrivateUsers": "OTHER",
                    "PrivatePIDs": "OTHER",
                    "BindLogSockets": "OTHER"
                }
            },
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": {
                    "ManagedOOMMemoryPressureDurationSec": "OTHER"
                }
            },
            {
                "sections": ["Timer"],
                "keys": {
                    "DeferReactivation": "BOOLEAN"
                }
            }
        ],
        "syscallGroups": {
            "@default": {
                "description": "System calls that are always permitted",
                "members": [
                    "@sandbox", "arch_prctl", "brk", "cacheflush", "clock_getres", "clock_getres_time64",
                    "clock_gettime", "clock_gettime64", "clock_nanosleep", "clock_nanosleep_time64", "execve", "exit",
                    "exit_group", "futex", "futex_time64", "futex_waitv", "get_robust_list", "get_thread_area",
                    "getegid", "getegid32", "geteuid", "geteuid32", "getgid", "getgid32", "getgroups", "getgroups32",
                    "getpgid", "getpgrp", "getpid", "getppid", "getrandom", "getresgid", "getresgid32", "getresuid",
                    "getresuid32", "getrlimit", "getsid", "gettid", "gettimeofday", "getuid", "getuid32",
                    "lsm_get_self_attr", "lsm_list_modules", "membarrier", "mmap", "mmap2", "mprotect", "mseal",
                    "munmap", "nanosleep", "pause", "prlimit64", "restart_syscall", "riscv_flush_icache",
                    "riscv_hwprobe", "rseq", "rt_sigreturn", "sched_getaffinity", "sched_yield", "set_robust_list",
                    "set_thread_area", "set_tid_address", "set_tls", "sigreturn", "time", "ugetrlimit", "uretprobe"
                ]
            },
            "@basic-io": {
                "description": "Basic IO",
                "members": [
                    "_llseek", "close", "close_range", "dup", "dup2", "dup3", "llseek", "lseek", "pread64", "preadv",
                    "preadv2", "pwrite64", "pwritev", "pwritev2", "read", "readv", "write", "writev"
                ]
            },
            "@file-system": {
                "description": "File system operations",
                "members": [
                    "access", "chdir", "chmod", "close", "creat", "faccessat", "faccessat2", "fallocate", "fchdir",
                    "fchmod", "fchmodat", "fchmodat2", "fcntl", "fcntl64", "fgetxattr", "file_getattr", "file_setattr",
                    "flistxattr", "fremovexattr", "fsetxattr", "fstat", "fstat64", "fstatat", "fstatat64", "fstatfs",
                    "fstatfs64", "ftruncate", "ftruncate64", "futimesat", "getcwd", "getdents", "getdents64",
                    "getxattr", "getxattrat", "inotify_add_watch", "inotify_init", "inotify_init1", "inotify_rm_watch",
                    "lgetxattr", "link", "linkat", "listmount", "listxattr", "listxattrat", "llistxattr",
                    "lremovexattr", "lsetxattr", "lstat", "lstat64", "mkdir", "mkdirat", "mknod", "mknodat", "newfstat",
                    "newfstatat", "oldfstat", "oldlstat", "oldstat", "open", "openat", "openat2", "readlink",
                    "readlinkat", "removexattr", "removexattrat", "rename", "renameat", "renameat2", "rmdir",
                    "setxattr", "setxattrat", "stat", "stat64", "statfs", "statfs64", "statmount", "statx", "symlink",
                    "symlinkat", "truncate", "truncate64", "unlink", "unlinkat", "utime", "utimensat",
                    "utimensat_time64", "utimes"
                ]
            },
            "@known": {
                "added": [
                    "breakpoint", "file_getattr", "file_setattr", "get_tls", "getxattrat", "listmount", "listxattrat",
                    "llseek", "lsm_get_self_attr", "lsm_list_modules", "lsm_set_self_attr", "mseal", "removexattrat",
                    "set_tls", "setxattrat", "statmount", "uretprobe", "usr26", "usr32"
                ],
                "removed": []
            }
        },
        "nativeSyscalls": {
            "added": [
                "getxattrat", "listmount", "listxattrat", "lsm_get_self_attr", "lsm_list_modules",
                "lsm_set_self_attr", "mseal", "removexattrat", "setxattrat", "statmount", "uretprobe"
            ],
            "removed": []
        },
        "foreignSyscalls": {
            "added": ["atomic_barrier", "atomic_cmpxchg_32", "getpagesize", "riscv_hwprobe", "sys_debug_setcontext"],
            "removed": ["switch_endian"]
        }
    },
    {
        "version": 258,
        "keys": [
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "PrivateBPF": "OTHER",
                    "BPFDelegateCommands": "BPF_DELEGATE_COMMANDS",
                    "BPFDelegateMaps": "BPF_DELEGATE_MAPS",
                    "BPFDelegatePrograms": "BPF_DELEGATE_PROGRAMS",
                    "BPFDelegateAttachments": "BPF_DELEGATE_ATTACHMENTS",
                    "DelegateNamespaces": "NAMESPACES",
                    "StateDirectoryAccounting": "BOOLEAN",
                    "StateDirectoryQuota": "OTHER",
                    "CacheDirectoryAccounting": "BOOLEAN",
                    "CacheDirectoryQuota": "OTHER",
                    "LogsDirectoryAccounting": "BOOLEAN",
                    "LogsDirectoryQuota": "OTHER"
                }
            },
            {
                "sections": ["Slice"],
                "keys": {
                    "ConcurrencySoftMax": "OTHER",
                    "ConcurrencyHardMax": "OTHER"
                }
            },
            {
                "sections": ["Socket"],
                "keys": {
                    "PassPIDFD": "BOOLEAN",
                    "AcceptFileDescriptors": "BOOLEAN",
                    "DeferTrigger": "OTHER",
                    "DeferTriggerMaxSec": "OTHER"
                }
            },
            {
                "sections": ["Timer"],
                "keys": {
                    "RandomizedOffsetSec": "SECONDS"
                }
            },
            {
                "sections": ["Unit"],
                "keys": {
                    "ConditionVersion": "CONDITION",
                    "ConditionKernelModuleLoaded": "CONDITION"
                }
            }
        ],
        "keysRemoved": [
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": [
                    "CPUAccounting", "CPUShares", "StartupCPUShares", "DefaultMemoryMin", "DefaultMemoryLow",
                    "DefaultStartupMemoryLow", "MemoryLimit", "BlockIOAccounting", "BlockIOWeight",
                    "StartupBlockIOWeight", "BlockIODeviceWeight", "BlockIOReadBandwidth", "BlockIOWriteBandwidth"
                ]
            }
        ],
        "verified": null
    },
    {
        "version": 259,
        "keys": [
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "UserNamespacePath": "PATH"
                }
            },
            {
                "sections": ["Service"],
                "keys": {
                    "ExecReloadPost": "PATH [ARGUMENT [...]]"
                }
            }
        ],
        "verified": null
    },
    {
        "version": 260,
        "keys": [
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "RootMStack": "PATH",
                    "MemoryTHP": "OTHER"
                }
            },
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": {
                    "BindNetworkInterface": "OTHER"
                }
            },
            {
                "sections": ["Service"],
                "keys": {
                    "RefreshOnReload": "OTHER"
                }
            },
            {
                "sections": ["Unit"],
                "keys": {
                    "ConditionPathIsSocket": "CONDITION"
                }
            }
        ],
        "verified": null
    },
    {
        "version": 261,
        "keys": [
            {
                "sections": ["Mount", "Scope", "Service", "Slice", "Socket", "Swap"],
                "keys": {
                    "CPUSetPartition": "OTHER",
                    "OOMRules": "OTHER",
                    "CPUPressureThresholdSec": "SECONDS",
                    "CPUPressureWatch": "OTHER",
                    "IOPressureThresholdSec": "SECONDS",
                    "IOPressureWatch": "OTHER"
                }
            },
            {
                "sections": ["Unit"],
                "keys": {
                    "ConditionFraction": "CONDITION",
                    "ConditionMachineTag": "CONDITION"
                }
            }
        ],
        "verified": null
    },
    {
        "version": 262,
        "verified": "systemd 262 (262.1-1)",
        "keys": [
            {
                "sections": ["Mount", "Service", "Socket", "Swap"],
                "keys": {
                    "ProtectHostname": "OTHER"
                }
            },
            {
                "sections": ["Service"],
                "keys": {
                    "RestartRandomizedDelaySec": "SECONDS",
                    "LUOSession": "OTHER"
                }
            },
            {
                "sections": ["Slice"],
                "keys": {
                    "ActivatingConcurrencyMax": "OTHER"
                }
            },
            {
                "sections": ["Socket"],
                "keys": {
                    "MessageQueueMessageSize": "OTHER",
                    "XAttrEntryPoint": "OTHER",
                    "XAttrListen": "OTHER",
                    "XAttrAccept": "OTHER"
                }
            },
            {
                "sections": ["Unit"],
                "keys": {
                    "AssertPathIsSocket": "CONDITION",
                    "AssertFraction": "CONDITION",
                    "AssertVersion": "CONDITION",
                    "AssertMachineTag": "CONDITION",
                    "AssertKernelModuleLoaded": "CONDITION"
                }
            }
        ],
        "syscallGroups": {
            "@file-system": {
                "description": "File system operations",
                "members": [
                    "access", "chdir", "chmod", "close", "creat", "faccessat", "faccessat2", "fallocate", "fchdir",
                    "fchmod", "fchmodat", "fchmodat2", "fcntl", "fcntl64", "fgetxattr", "file_getattr", "file_setattr",
                    "flistxattr", "fremovexattr", "fsetxattr", "fstat", "fstat64", "fstatat", "fstatat64", "fstatfs",
                    "fstatfs64", "ftruncate", "ftruncate64", "futimesat", "getcwd", "getdents", "getdents64",
                    "getxattr", "getxattrat", "inotify_add_watch", "inotify_init", "inotify_init1", "inotify_rm_watch",
                    "lgetxattr", "link", "linkat", "listmount", "listxattr", "listxattrat", "llistxattr",
                    "lremovexattr", "lsetxattr", "lstat", "lstat64", "mkdir", "mkdirat", "mknod", "mknodat", "newfstat",
                    "newfstatat", "oldfstat", "oldlstat", "oldstat", "open", "open_tree", "openat", "openat2",
                    "readlink", "readlinkat", "removexattr", "removexattrat", "rename", "renameat", "renameat2",
                    "rmdir", "setxattr", "setxattrat", "stat", "stat64", "statfs", "statfs64", "statmount", "statx",
                    "symlink", "symlinkat", "truncate", "truncate64", "unlink", "unlinkat", "utime", "utimensat",
                    "utimensat_time64", "utimes"
                ]
            },
            "@mount": {
                "description": "Mounting and unmounting of file systems",
                "members": [
                    "chroot", "fsconfig", "fsmount", "fsopen", "fspick", "mount", "mount_setattr", "move_mount",
                    "open_tree_attr", "pivot_root", "umount", "umount2"
                ]
            },
            "@known": {
                "added": ["fchroot", "listns", "open_tree_attr", "rseq_slice_yield", "uprobe"],
                "removed": []
            }
        },
        "nativeSyscalls": {
            "added": ["file_getattr", "file_setattr", "listns", "open_tree_attr", "rseq_slice_yield", "uprobe"],
            "removed": []
        }
    }
];

;// CONCATENATED MODULE: ./build/src/core/release.js
/**
 * systemd releases as data: each release from 252 to 262 is the 252 snapshot with the deltas of
 * every later release up to it applied (src/core/data/releases.ts, generated from systemd), and
 * the one place that reads and validates a `systemd-version` list.
 */


const OLDEST_RELEASE = 252;
const NEWEST_RELEASE = 262;
const DEFAULT_RELEASE = 252;
/** Options systemd 252 still recognises only to say they are gone (its dump of keys leaves them out). */
const REMOVED_IN_252 = [
    ...["Service", "Socket", "Mount", "Swap"].flatMap((s) => [`${s}.Capabilities`, `${s}.NetClass`]),
    "Slice.NetClass",
    "Scope.NetClass",
    "Unit.IgnoreOnSnapshot",
    "Service.SysVStartPriority",
    "Service.BusPolicy",
];
/**
 * The system calls a release's libseccomp knows, native and foreign (a name in both is native),
 * apart from the rest of `build`: the index of every release's names needs only these.
 */
function syscallsOf(version) {
    const native = new Set(SECCOMP_NATIVE_SYSCALLS);
    const foreign = new Set(SECCOMP_FOREIGN_SYSCALLS);
    for (const d of RELEASE_DELTAS) {
        if (d.version > version)
            break;
        for (const [set, delta] of [
            [native, d.nativeSyscalls],
            [foreign, d.foreignSyscalls],
        ]) {
            for (const n of delta?.added ?? [])
                set.add(n);
            for (const n of delta?.removed ?? [])
                set.delete(n);
        }
    }
    for (const n of native)
        foreign.delete(n);
    return { native, foreign };
}
/**
 * Every system call name any release's libseccomp knows, release by release (native, then
 * foreign), each once. Building each release only for these took 30 ms of every start.
 */
function everySyscallName() {
    const names = new Set();
    for (let v = OLDEST_RELEASE; v <= NEWEST_RELEASE; v++) {
        const { native, foreign } = syscallsOf(v);
        for (const n of native)
            names.add(n);
        for (const n of foreign)
            names.add(n);
    }
    return [...names];
}
function build(version) {
    const items = Object.fromEntries(Object.entries(CONFIG_ITEMS).map(([s, k]) => [s, { ...k }]));
    const groups = { ...SYSCALL_GROUPS };
    const { native, foreign } = syscallsOf(version);
    const removed = new Set(REMOVED_IN_252);
    let capabilities = CAPABILITIES;
    let verified = VERIFIED_BUILDS[String(version)] ?? null;
    for (const d of RELEASE_DELTAS) {
        if (d.version > version)
            break;
        for (const g of d.keys ?? [])
            for (const s of g.sections)
                Object.assign((items[s] ??= {}), g.keys);
        for (const g of d.keysRemoved ?? []) {
            for (const s of g.sections) {
                for (const k of g.keys) {
                    delete items[s]?.[k];
                    removed.add(`${s}.${k}`);
                }
            }
        }
        for (const [name, g] of Object.entries(d.syscallGroups ?? {})) {
            if ("members" in g)
                groups[name] = g;
            else
                groups[name] = {
                    ...groups[name],
                    members: [...groups[name].members.filter((m) => !g.removed.includes(m)), ...g.added],
                };
        }
        if (d.capabilities)
            capabilities = d.capabilities;
    }
    const grammars = new Map();
    for (const g of VALUE_GRAMMARS)
        if (g.since <= version)
            grammars.set(g.key, g);
    const assessments = new Map();
    for (const a of ASSESSMENT_CHANGES)
        if (a.since <= version)
            assessments.set(a.check, a.rule);
    verified ??= null;
    const trait = (name) => RELEASE_TRAITS.filter((t) => t.trait === name && t.since <= version).at(-1).value;
    return {
        templateInstance: trait("templateInstance"),
        encryptedCredentialDevice: trait("encryptedCredentialDevice"),
        addressFamilyError: trait("addressFamilyError"),
        emptyDescriptions: trait("emptyDescriptions"),
        parseErrors: trait("parseErrors"),
        doubleBang: trait("doubleBang"),
        version,
        verified,
        configItems: items,
        syscallGroups: groups,
        nativeSyscalls: native,
        foreignSyscalls: foreign,
        capabilities,
        removedOptions: removed,
        grammar: (key) => grammars.get(key) ?? null,
        assessment: (check) => assessments.get(check) ?? null,
    };
}
const RELEASES = new Map();
/** The release `version` (252..262). */
function releaseOf(version = DEFAULT_RELEASE) {
    let r = RELEASES.get(version);
    if (!r) {
        if (!isSupported(version))
            throw new RangeError(`systemd ${version} is not a release harden-units knows (${OLDEST_RELEASE}-${NEWEST_RELEASE})`);
        RELEASES.set(version, (r = build(version)));
    }
    return r;
}
function isSupported(version) {
    return Number.isInteger(version) && version >= OLDEST_RELEASE && version <= NEWEST_RELEASE;
}
/**
 * 252 as `systemd-analyze security UNIT` (online, on a live host) scores: PID 1 reports
 * PrivateMounts= on when other settings imply a mount namespace, which --offline does not see.
 */
function onlineVariant(release) {
    if (release.assessment("PrivateMounts") !== null)
        return null; // from 254 offline already agrees
    return {
        ...release,
        assessment: (check) => check === "PrivateMounts" ? "implied-online" : release.assessment(check),
    };
}
/** The releases whose data was read from a Debian build of them (the rest are derived). */
const VERIFIED_RELEASES = Object.keys(VERIFIED_BUILDS)
    .map(Number)
    .sort((a, b) => a - b);
/** The oldest release the units must run on. */
function floorOf(versions) {
    return versions && versions.length > 0 ? Math.min(...versions) : DEFAULT_RELEASE;
}
/** The first release (252..262) that reads `Key=` in `section`, or null when none does. */
function keySince(section, key) {
    for (let v = OLDEST_RELEASE; v <= NEWEST_RELEASE; v++)
        if (Object.hasOwn(releaseOf(v).configItems[section] ?? {}, key))
            return v;
    return null;
}
/** Whether a release's grammar accepts `value` for a boolean-like key it reads with one. */
function grammarAccepts(g, value, isBoolean) {
    if (isBoolean)
        return true;
    if (value === "")
        return (g !== null &&
            (g.grammar === "tristate-bool" || g.grammar === "enum-reset" || g.grammar === "enum-terse"));
    if (!g)
        return false;
    return g.words.includes(value) || (g.grammar === "enum-terse" && value.startsWith("private:"));
}
/** What the release logs for a value its grammar rejects (after `FILE:LINE: `). */
function grammarRejection(g, key, value) {
    if (!g || g.grammar === "bool")
        return `Failed to parse boolean value, ignoring: ${value}`;
    if (g.grammar === "tristate-bool")
        return `Failed to parse boolean value for ${key}=, ignoring: ${value}`;
    if (g.grammar === "enum-terse")
        return `Failed to parse ${key}=${value}, ignoring.`;
    return `Failed to parse ${key}=${value}, ignoring: Invalid argument`;
}
/** For `private:NAME` of a grammar that takes it: NAME when it is not a valid hostname, else null. */
function invalidHostnameIn(g, value) {
    if (g?.grammar !== "enum-terse" || !value.startsWith("private:"))
        return null;
    const name = value.slice("private:".length);
    const valid = name.length > 0 &&
        name.length <= 64 &&
        /^[A-Za-z0-9_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(name);
    return valid ? null : name;
}

;// CONCATENATED MODULE: ./build/src/core/options.js
/**
 * Every configurable value once: its default and its one validator, shared by the action's
 * inputs, the command line and the policy file. A validator takes the text as the user wrote it
 * and returns the value, or throws InvalidValue with what the value must be; each source frames
 * that in its own words (`input fail-on must be ...`, `--fail-on takes ...`, `p.ini:3: fail-on
 * must be ...`). Pure.
 */

const DEFAULTS = {
    systemdVersions: [OLDEST_RELEASE],
    systemdVersion: OLDEST_RELEASE,
    dropinName: "hardening.conf",
    policyPath: ".github/harden-units.ini",
    profile: "baseline",
    failOn: "error",
    failOnIncrease: true,
    fix: "suggest",
    /** Units scoring at or above it get an annotation on their [Service] line. */
    annotateExposure: 5.0,
    hardeningBranch: "harden-units/hardening",
    checkName: "harden-units",
    files: ["**/*.service"],
};
/** A value that is not what it must be; `expected` completes "must be ..." / "takes ...". */
class InvalidValue extends Error {
    expected;
    value;
    constructor(expected, value) {
        super(`must be ${expected}, not '${value}'`);
        this.expected = expected;
        this.value = value;
    }
}
function oneOf(allowed) {
    const expected = allowed.length === 1
        ? allowed[0]
        : `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`;
    return (value) => {
        if (!allowed.includes(value))
            throw new InvalidValue(expected, value);
        return value;
    };
}
const EXPOSURE = /^\d+(\.\d+)?$/;
function exposureLimit(value) {
    if (!EXPOSURE.test(value) || Number(value) > 10)
        throw new InvalidValue("a number from 0 to 10", value);
    return Number(value);
}
/** One version or several separated by spaces or commas; sorted, without repeats. The first is the floor. */
function systemdVersions(value) {
    const expected = `a systemd version from ${OLDEST_RELEASE} to ${NEWEST_RELEASE}, or several separated by spaces or commas`;
    const words = value.split(/[\s,]+/).filter((w) => w !== "");
    if (words.length === 0)
        throw new InvalidValue(expected, value);
    const versions = words.map((w) => {
        if (!/^\d{3}$/.test(w) || Number(w) < OLDEST_RELEASE || Number(w) > NEWEST_RELEASE)
            throw new InvalidValue(expected, value);
        return Number(w);
    });
    return Object.freeze([...new Set(versions)].sort((a, b) => a - b));
}
function dropinName(value) {
    if (!/^[A-Za-z0-9_@:+-][A-Za-z0-9_@:+.-]*\.conf$/.test(value) || value.includes(".."))
        throw new InvalidValue("a file name ending in .conf, such as hardening.conf", value);
    return value;
}
/** A number 0-10, or `never` (null): no exposure annotations. */
function annotateExposure(value) {
    if (value === "never")
        return null;
    if (!EXPOSURE.test(value) || Number(value) > 10)
        throw new InvalidValue("a number from 0 to 10, or never", value);
    return Number(value);
}
/** A branch name git accepts (git check-ref-format), kept to the characters a branch usually has. */
function branchName(value) {
    const ok = /^[A-Za-z0-9._/-]+$/.test(value) &&
        !value.startsWith("/") &&
        !value.startsWith("-") &&
        !value.endsWith("/") &&
        !value.endsWith(".") &&
        !value.endsWith(".lock") &&
        !value.includes("..") &&
        !value.includes("//") &&
        !value.split("/").some((part) => part.startsWith("."));
    if (!ok)
        throw new InvalidValue("a branch name such as harden-units/hardening", value);
    return value;
}
/** Globs relative to the repository, one per line or comma-separated. */
function globs(value) {
    const list = value
        .split(/[\n,]/)
        .map((g) => g.trim())
        .filter((g) => g !== "");
    for (const g of list)
        if (g.startsWith("/") || g.split("/").includes(".."))
            throw new InvalidValue("globs relative to the repository", g);
    return list.length > 0 ? list : DEFAULTS.files;
}
/** Globs of unit paths (the policy file's hardening-exclude), separated by spaces, commas or lines. */
function unitGlobs(value) {
    const list = value.split(/[\s,]+/).filter((g) => g !== "");
    for (const g of list)
        if (g.startsWith("/") || g.split("/").includes(".."))
            throw new InvalidValue("globs of unit paths relative to the repository", g);
    return Object.freeze(list);
}
/** A path inside the repository (nothing absolute, nothing that climbs out). */
function repositoryPath(value) {
    if (value.startsWith("/") || value.split("/").includes(".."))
        throw new InvalidValue("a path inside the repository", value);
    return value;
}
const VALIDATE = {
    "max-exposure": exposureLimit,
    "fail-on": oneOf(["error", "warning", "notice", "never"]),
    "fail-on-increase": (value) => oneOf(["true", "false"])(value) === "true",
    fix: oneOf(["none", "suggest", "commit", "pull-request"]),
    profile: oneOf(["baseline", "strict"]),
    scope: oneOf(["changed", "all"]),
    "dropin-name": dropinName,
    "systemd-version": systemdVersions,
    "annotate-exposure": annotateExposure,
    "hardening-branch": branchName,
    files: globs,
    config: repositoryPath,
};
/** The policy file's own values (no input or option): validated the same way. */
const VALIDATE_POLICY = {
    "hardening-exclude": unitGlobs,
};

// EXTERNAL MODULE: ./node_modules/ini/lib/ini.js
var ini = __nccwpck_require__(756);
;// CONCATENATED MODULE: ./build/src/core/lint/rules.js
const RULE_LIST = [
    {
        id: "syntax-error",
        severity: "error",
        summary: "A line systemd cannot read: no '=', an unclosed section header, invalid UTF-8, an assignment outside a section.",
        details: "systemd skips such a line, or stops reading the file (an unclosed `[Section`, invalid UTF-8, a line over 1 MiB): a unit file is then refused, the rest of a drop-in is lost.",
        systemdIgnores: true,
        // A file that ends with a continued line: systemd reads it, the last line only looks unfinished.
        variants: { "unterminated-continuation": "warning" },
    },
    {
        id: "unknown-key",
        severity: "error",
        summary: "A key systemd 252 does not know in that section, usually a typo (`ProtectSytem=`).",
        details: "systemd logs `Unknown key … ignoring` and the protection is not there. The message names the closest known key. Custom keys must start with `X-`.",
        systemdIgnores: true,
    },
    {
        id: "wrong-section",
        severity: "error",
        summary: "A known key in the wrong section (`PrivateTmp=` under `[Unit]`).",
        details: "systemd reads keys only in their own section and ignores them elsewhere. Move the line to the section the message names.",
        systemdIgnores: true,
    },
    {
        id: "unknown-section",
        severity: "error",
        summary: "A section this unit type does not have (`[service]`, `[Socket]` in a .service).",
        details: "systemd ignores the section and every setting in it. Section names are case-sensitive; custom sections must start with `X-`.",
        systemdIgnores: true,
    },
    {
        id: "invalid-value",
        severity: "error",
        summary: "A value systemd 252 rejects: booleans, enums, modes, paths, device rules, errnos, user names, specifiers, quoting.",
        details: "systemd logs the value and ignores the line (or the word), so the setting keeps its previous value, usually the unprotected default. Some (an invalid `User=`, `DynamicUser=`, `RootDirectory=`) make systemd refuse the whole unit.",
        systemdIgnores: true,
    },
    {
        id: "comma-separated-list",
        severity: "error",
        summary: "A list written with commas where systemd splits on spaces (`SystemCallFilter=open,read`).",
        details: "systemd reads `open,read,write,close` as one unknown name and skips it. Worse, for `SystemCallFilter=` the line still turns on an allow list of `@default` only, which stops the service at its first `read()`. In path and unit lists systemd takes the whole word as one path or name. Write the items separated by spaces.",
    },
    {
        id: "unknown-syscall",
        severity: "error",
        summary: "A system call or `@group` name systemd does not know.",
        details: "systemd skips the name; `systemd-analyze syscall-filter` lists the groups and names of systemd 252.",
        systemdIgnores: true,
    },
    {
        id: "unknown-address-family",
        severity: "error",
        summary: "An address family name systemd does not know (`INET`, `AF_INETT`).",
        details: "systemd skips the name. A `RestrictAddressFamilies=` line that names no valid family still creates an allow list, which then denies every socket.",
        systemdIgnores: true,
    },
    {
        id: "unknown-architecture",
        severity: "error",
        summary: "An architecture name systemd does not know (`amd64` instead of `x86-64`).",
        details: "systemd skips the name. Write `native` for the host's own architecture, which is also what `systemd-analyze security` rewards.",
        systemdIgnores: true,
    },
    {
        id: "unknown-capability",
        severity: "error",
        summary: "A capability name that does not exist (`CAP_NET_BIND`).",
        details: "systemd drops unknown capability names without any warning. A `CapabilityBoundingSet=` line whose names are all unknown empties the bounding set, which may break the service; an `AmbientCapabilities=` line grants nothing.",
    },
    {
        id: "removed-option",
        severity: "error",
        summary: "An option systemd has removed (`Capabilities=`, `NetClass=`); it is ignored.",
        details: "systemd logs `Support for option … has been removed and it is ignored`. Use the replacement the message names.",
        systemdIgnores: true,
    },
    {
        id: "deprecated-option",
        severity: "warning",
        summary: "A deprecated setting, with its replacement (`MemoryLimit=` -> `MemoryMax=`, `CPUShares=` -> `CPUWeight=`).",
        details: "systemd 252 still honours it (and logs a warning for most), but support is going away and the replacement works better on the unified cgroup hierarchy.",
    },
    {
        id: "too-new",
        severity: "warning",
        summary: "A setting (or value) that the oldest release in `systemd-version` ignores but a later listed release accepts (`PrivateTmp=disconnected` with `252 257`).",
        details: "The message names the release that brought it and the listed releases where it works. On the oldest release the protection is missing: keep it and accept the gap, put a line the old release understands before it, or drop the old release from the list. A setting that no listed release accepts stays an error with systemd's own reason.",
    },
    {
        id: "widens-exposure",
        severity: "warning",
        summary: "A setting that gives the service more than it needs: `Delegate=`, a protection switched off, dangerous ambient capabilities, `UMask=0000`, privileged supplementary groups.",
        details: "Each one widens what a compromised service can do. Remove it unless the service really needs it, and if it does, say why with an inline suppression.",
    },
    {
        id: "conflicting-options",
        severity: "warning",
        summary: "Settings that undo each other (`User=root` with `DynamicUser=yes`, `PrivateDevices=yes` with `DeviceAllow=`).",
        details: "One of the two does not do what its author meant. The message says which one wins.",
        // A weaker value that another setting overrides anyway: harmless, only misleading.
        variants: { "no-effect": "notice" },
    },
    {
        id: "narrow-syscall-allow-list",
        severity: "error",
        summary: "A `SystemCallFilter=` allow list too narrow for any program to start (no `read`, `write`, `close` or `openat`).",
        details: "systemd accepts it, and the service is killed with SIGSYS at its first file access. Allow `@system-service` and deny what you do not want on a second, `~` line.",
    },
    {
        id: "nobody-user",
        severity: "warning",
        summary: "`User=nobody`: a shared identity that isolates nothing.",
        details: "`nobody` is meant to own no files and to be used by nothing; services that share it can signal and ptrace each other. Use `DynamicUser=yes` or a dedicated system user.",
    },
    {
        id: "unsafe-user-name",
        severity: "warning",
        summary: "A user or group name systemd accepts only under its relaxed rules (`a b`, `foo.bar`, `1abc`).",
        details: "systemd logs `Accepting user/group name … which does not match strict user/group name rules`; other tools may not accept it.",
    },
    {
        id: "unit-refused",
        severity: "error",
        summary: "A unit systemd refuses to load (`Service has no ExecStart=…`).",
        details: "The unit cannot start at all, so it is not scored. The message gives systemd's reason.",
        systemdIgnores: true,
    },
    {
        id: "not-a-unit-file",
        severity: "error",
        summary: "A file named like a unit that is not one: binary, or larger than 1 MiB.",
        details: "It is reported and skipped; the other units are still scanned.",
    },
    {
        id: "invalid-unit-name",
        severity: "error",
        summary: "A file named like a unit whose name systemd rejects (spaces, non-ASCII letters, a second '@').",
        details: "systemd cannot load a unit whose file name is not a valid unit name. `systemd-escape` turns other characters into `\\xNN`.",
    },
    {
        id: "empty-unit",
        severity: "warning",
        summary: "An empty unit file, which systemd treats as masked.",
        details: "A masked unit cannot start. Delete the file or give it content.",
    },
    {
        id: "missing-required-setting",
        severity: "error",
        summary: "A setting the policy file requires of every service is missing (`[require] settings = MemoryMax TasksMax`).",
        details: "The policy file (`.github/harden-units.ini`) lists settings every scanned service must carry.",
    },
    {
        id: "invalid-suppression",
        severity: "error",
        summary: "An inline `# harden-units: ignore …` comment without a reason, or naming an unknown rule or check.",
        details: "A suppression needs the ids and a reason: `# harden-units: ignore PrivateNetwork -- needs the host network`. It is not applied until it is complete.",
    },
    {
        id: "unused-suppression",
        severity: "notice",
        summary: "An inline suppression that suppresses nothing.",
        details: "The finding or check it names is not there (any more). Remove the comment.",
    },
];
const RULES = RULE_LIST;
const RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));
/**
 * A finding of a rule, as ESLint rules report: the severity is the rule's (or the named
 * variant's), never decided where the finding is made.
 */
function ruleFinding(id, at, message, more = {}) {
    const rule = RULES_BY_ID.get(id);
    const severity = more.variant === undefined ? rule.severity : rule.variants?.[more.variant];
    if (severity === undefined)
        throw new Error(`rule ${id} has no variant ${more.variant}`);
    return {
        id,
        severity,
        path: at.path,
        ...(at.file && { file: at.file }),
        span: at.span,
        message,
        ...(more.systemd && { systemd: more.systemd }),
    };
}

;// CONCATENATED MODULE: ./build/src/core/glob.js
/**
 * Globs for paths relative to the repository root, as users write them in workflow inputs and
 * the policy file: `*` and `?` stay within a folder, `**` spans folders, `{a,b}` alternatives,
 * `[abc]` classes. A pattern without a slash matches the file name in any folder (as .gitignore).
 */
const cache = new Map();
function glob_escape(c) {
    return /[.+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
function globToRegExp(glob) {
    const hit = cache.get(glob);
    if (hit)
        return hit;
    let pattern = glob.startsWith("./") ? glob.slice(2) : glob;
    if (!pattern.includes("/"))
        pattern = `**/${pattern}`;
    let re = "";
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === "*") {
            if (pattern[i + 1] === "*") {
                const slashAfter = pattern[i + 2] === "/";
                re += slashAfter ? "(?:.*/)?" : ".*";
                i += slashAfter ? 2 : 1;
            }
            else
                re += "[^/]*";
        }
        else if (c === "?")
            re += "[^/]";
        else if (c === "{") {
            re += "(?:";
            depth++;
        }
        else if (c === "}" && depth > 0) {
            re += ")";
            depth--;
        }
        else if (c === "," && depth > 0)
            re += "|";
        else if (c === "[") {
            const close = pattern.indexOf("]", i + 1);
            if (close < 0)
                re += "\\[";
            else {
                const body = pattern
                    .slice(i + 1, close)
                    .replace(/^!/, "^")
                    .replace(/\\/g, "\\\\");
                re += `[${body}]`;
                i = close;
            }
        }
        else
            re += glob_escape(c);
    }
    const out = new RegExp(`^${re}$`);
    cache.set(glob, out);
    return out;
}
function matchesGlob(path, glob) {
    return globToRegExp(glob).test(path);
}
function matchesAny(path, globs) {
    return globs.some((g) => matchesGlob(path, g));
}

;// CONCATENATED MODULE: ./build/src/core/policy.js
/**
 * The policy: `.github/harden-units.ini` (read with `ini`), and systemd-analyze's own
 * `--security-policy` JSON. Pure: both are handed in as text. A malformed file is an error that
 * names the file and line, never a silent default.
 *
 *   max-exposure = 5.0
 *   fail-on = warning                ; error | warning | notice | never
 *   fail-on-increase = true
 *   profile = strict                 ; baseline | strict
 *   systemd-version = 252 257       ; one version or several; the oldest is the floor
 *   skip-checks = PrivateNetwork     ; excluded from the score, as weight 0 in systemd's policy
 *   skip-rules = widens-exposure
 *   security-policy = .github/security-policy.json
 *   hardening-exclude = deploy/legacy-*.service   ; left out of the fix: pull-request pull request
 *
 *   [require]
 *   settings = MemoryMax TasksMax
 *
 *   [waivers]
 *   deploy/legacy-*.service = PrivateNetwork deprecated-option -- migrating in Q3
 */





class PolicyFileError extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(`${file}:${line}: ${message}`);
        this.file = file;
        this.line = line;
    }
}
const EMPTY_POLICY = {
    source: "",
    skipChecks: [],
    skipRules: [],
    waivers: [],
    requiredSettings: [],
};
const POLICY_VALUES = { ...VALIDATE, ...VALIDATE_POLICY };
const TOP_KEYS = [
    "max-exposure",
    "fail-on",
    "fail-on-increase",
    "profile",
    "systemd-version",
    "skip-checks",
    "skip-rules",
    "security-policy",
    "hardening-exclude",
];
/** Splits "a b, c" into ids. */
function ids(value) {
    return value.split(/[\s,]+/).filter((x) => x !== "");
}
/** Where each (section, key) is, and which lines are not ini at all. */
function scanLines(text) {
    const keyLine = new Map();
    const sectionLine = new Map();
    const junk = [];
    let section = "";
    text.split(/\r\n|\r|\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === "" || line.startsWith(";") || line.startsWith("#"))
            return;
        const header = /^\[([^\]]*)\]$/.exec(line);
        if (header) {
            section = header[1].trim();
            if (!sectionLine.has(section))
                sectionLine.set(section, i + 1);
            return;
        }
        const eq = line.indexOf("=");
        if (eq <= 0) {
            junk.push({ line: i + 1, text: line });
            return;
        }
        const key = line.slice(0, eq).trim();
        if (!keyLine.has(`${section}\0${key}`))
            keyLine.set(`${section}\0${key}`, i + 1);
    });
    return { keyLine, sectionLine, junk };
}
function checkIds(file, line, list, kind) {
    for (const id of list) {
        const isCheck = CHECKS_BY_ID.has(id);
        const isRule = RULES_BY_ID.has(id);
        if ((kind === "checks" && !isCheck) ||
            (kind === "rules" && !isRule) ||
            (kind === "either" && !isCheck && !isRule)) {
            const what = kind === "checks"
                ? "a check id (systemd-analyze's json_field, e.g. PrivateNetwork)"
                : kind === "rules"
                    ? "a rule id (e.g. widens-exposure)"
                    : "a check or rule id";
            throw new PolicyFileError(file, line, `'${id}' is not ${what}`);
        }
    }
}
function parsePolicy(file, text) {
    const { keyLine, sectionLine, junk } = scanLines(text);
    const first = junk[0];
    if (first)
        throw new PolicyFileError(file, first.line, `'${first.text}' is not 'key = value', a [section] or a comment`);
    const data = (0,ini.decode)(text);
    const lineOf = (section, key) => keyLine.get(`${section}\0${key}`) ?? sectionLine.get(section) ?? 1;
    const str = (section, key, v) => {
        if (typeof v === "string")
            return v;
        if (typeof v === "boolean")
            return String(v);
        throw new PolicyFileError(file, lineOf(section, key), `'${key}' must have a value`);
    };
    let maxExposure;
    let failOn;
    let failOnIncrease;
    let profile;
    let systemdVersions;
    let skipChecks = [];
    let skipRules = [];
    let securityPolicyPath;
    let hardeningExclude;
    let requiredSettings = [];
    const waivers = [];
    for (const [key, raw] of Object.entries(data)) {
        if (raw !== null && typeof raw === "object") {
            if (key === "require") {
                for (const [k, v] of Object.entries(raw)) {
                    if (k !== "settings")
                        throw new PolicyFileError(file, lineOf("require", k), `unknown key '${k}' in [require] (it takes 'settings')`);
                    requiredSettings = ids(str("require", k, v));
                }
            }
            else if (key === "waivers") {
                for (const [glob, v] of Object.entries(raw)) {
                    const line = lineOf("waivers", glob);
                    const value = str("waivers", glob, v);
                    const sep = value.indexOf("--");
                    const reason = sep < 0 ? "" : value.slice(sep + 2).trim();
                    if (reason === "")
                        throw new PolicyFileError(file, line, `the waiver for '${glob}' needs a reason: '${glob} = IDS -- why'`);
                    const list = ids(value.slice(0, sep));
                    checkIds(file, line, list, "either");
                    waivers.push({
                        glob,
                        checks: list.filter((i) => CHECKS_BY_ID.has(i)),
                        rules: list.filter((i) => RULES_BY_ID.has(i)),
                        reason,
                        line,
                    });
                }
            }
            else {
                throw new PolicyFileError(file, sectionLine.get(key) ?? 1, `unknown section [${key}] (the policy has [require] and [waivers])`);
            }
            continue;
        }
        const line = lineOf("", key);
        const value = str("", key, raw).trim();
        const valid = (name) => {
            try {
                return POLICY_VALUES[name](value);
            }
            catch (e) {
                if (e instanceof InvalidValue)
                    throw new PolicyFileError(file, line, `${name} must be ${e.expected}, not '${e.value}'`);
                throw e;
            }
        };
        switch (key) {
            case "max-exposure":
                maxExposure = valid(key);
                break;
            case "fail-on":
                failOn = valid(key);
                break;
            case "fail-on-increase":
                failOnIncrease = valid(key);
                break;
            case "profile":
                profile = valid(key);
                break;
            case "systemd-version":
                systemdVersions = valid(key);
                break;
            case "skip-checks":
                skipChecks = ids(value);
                checkIds(file, line, skipChecks, "checks");
                break;
            case "skip-rules":
                skipRules = ids(value);
                checkIds(file, line, skipRules, "rules");
                break;
            case "security-policy":
                securityPolicyPath = value;
                break;
            case "hardening-exclude":
                hardeningExclude = valid(key);
                break;
            default:
                throw new PolicyFileError(file, line, `unknown key '${key}' (known: ${TOP_KEYS.join(", ")}, and the sections [require], [waivers])`);
        }
    }
    const policy = { source: file, skipChecks, skipRules, waivers, requiredSettings };
    return {
        ...policy,
        ...(maxExposure !== undefined && { maxExposure }),
        ...(failOn !== undefined && { failOn }),
        ...(failOnIncrease !== undefined && { failOnIncrease }),
        ...(profile !== undefined && { profile }),
        ...(systemdVersions !== undefined && { systemdVersions }),
        ...(securityPolicyPath !== undefined && { securityPolicyPath }),
        ...(hardeningExclude !== undefined && { hardeningExclude }),
    };
}
/** Offset -> 1-based line and column, for JSON syntax errors. */
function lineColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { line, column: offset - before.lastIndexOf("\n") };
}
/**
 * systemd-analyze's --security-policy JSON, read as systemd 252 reads it: an object keyed by
 * json_field; `weight` and `range` unsigned integers, `description_good`, `description_bad`,
 * `description_na` strings; keys of the wrong type and unknown checks are ignored. A range of 0
 * aborts systemd-analyze; here it is an error instead.
 */
function parseSecurityPolicy(file, text) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        const m = /position (\d+)/.exec(String(e));
        const at = m ? lineColumn(text, Number(m[1])) : { line: 1, column: 1 };
        throw new PolicyFileError(file, at.line, `not valid JSON (column ${at.column}): ${e instanceof Error ? e.message.replace(/ in JSON at position \d+.*$/, "") : String(e)}`);
    }
    const out = new Map();
    if (json === null || typeof json !== "object" || Array.isArray(json))
        return out;
    for (const [id, entry] of Object.entries(json)) {
        if (!CHECKS_BY_ID.has(id) ||
            entry === null ||
            typeof entry !== "object" ||
            Array.isArray(entry))
            continue;
        const e = entry;
        const uint = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : undefined;
        const str = (v) => (typeof v === "string" ? v : undefined);
        const o = {};
        if (uint(e.weight) !== undefined)
            o.weight = uint(e.weight);
        if (uint(e.range) !== undefined)
            o.range = uint(e.range);
        if (str(e.description_good) !== undefined)
            o.description_good = str(e.description_good);
        if (str(e.description_bad) !== undefined)
            o.description_bad = str(e.description_bad);
        if (str(e.description_na) !== undefined)
            o.description_na = str(e.description_na);
        if (o.range === 0) {
            const at = text.indexOf(JSON.stringify(id));
            throw new PolicyFileError(file, at < 0 ? 1 : lineColumn(text, at).line, `${id} has range 0, on which systemd-analyze aborts: give a positive range`);
        }
        out.set(id, o);
    }
    return out;
}
/** The systemd-style policy a unit is scored with: the JSON, then skipped and waived checks at weight 0. */
function securityPolicyFor(policy, unitPath, inlineWaived = []) {
    const out = new Map(policy.securityPolicy ?? []);
    const skip = new Set([
        ...policy.skipChecks,
        ...inlineWaived,
        ...policy.waivers.filter((w) => matchesGlob(unitPath, w.glob)).flatMap((w) => w.checks),
    ]);
    for (const id of skip)
        out.set(id, { ...(out.get(id) ?? {}), weight: 0 });
    return out;
}
/** The rule suppressions and check waivers the policy's [waivers] apply to a unit, with their reasons. */
function waiversFor(policy, unitPath) {
    const rules = new Map();
    const checks = new Map();
    for (const id of policy.skipRules)
        rules.set(id, `skipped by ${policy.source}`);
    for (const id of policy.skipChecks)
        checks.set(id, `skipped by ${policy.source}`);
    for (const w of policy.waivers) {
        if (!matchesGlob(unitPath, w.glob))
            continue;
        for (const id of w.rules)
            rules.set(id, w.reason);
        for (const id of w.checks)
            checks.set(id, w.reason);
    }
    return { rules, checks };
}

;// CONCATENATED MODULE: ./build/src/core/config.js
/**
 * The one configuration resolver of the CLI and the action: what the user gave (command line or
 * action inputs), then the policy file, then the defaults. "Given" means given: a value counts as
 * the user's only when it was set, never because it differs from a default. Pure: the policy file
 * is read through the reader the caller hands in.
 */


/** A value given by the user that is not valid: one line, in the words of where it was given. */
class config_ConfigError extends Error {
}
const INPUT_WORDING = (name, p) => `input ${name} must be ${p.expected}; got '${p.value}'`;
const OPTION_WORDING = (name, p) => `--${name} takes ${p.expected}, not '${p.value}'`;
const FIELDS = {
    "max-exposure": "maxExposure",
    "fail-on": "failOn",
    "fail-on-increase": "failOnIncrease",
    profile: "profile",
    "systemd-version": "systemdVersions",
    fix: "fix",
    scope: "scope",
    "dropin-name": "dropinName",
    "annotate-exposure": "annotateExposure",
    "hardening-branch": "hardeningBranch",
    files: "files",
    config: "config",
};
/**
 * Validates what the user set. `get` returns the raw text of a value, or undefined (or "") when
 * it was not set; surrounding blanks are ignored.
 */
function readGiven(get, wording) {
    const out = {};
    for (const name of Object.keys(FIELDS)) {
        const raw = get(name)?.trim();
        if (raw === undefined || raw === "")
            continue;
        try {
            out[FIELDS[name]] = VALIDATE[name](raw);
        }
        catch (e) {
            if (e instanceof InvalidValue)
                throw new config_ConfigError(wording(name, e));
            throw e;
        }
    }
    return Object.freeze(out);
}
/** Given, else the policy file's, else the default. */
function resolveConfig(given, policy) {
    const systemdVersions = given.systemdVersions ?? policy?.systemdVersions ?? DEFAULTS.systemdVersions;
    return Object.freeze({
        systemdVersions,
        systemdVersion: systemdVersions[0],
        maxExposure: given.maxExposure ?? policy?.maxExposure,
        failOn: given.failOn ?? policy?.failOn ?? DEFAULTS.failOn,
        failOnIncrease: given.failOnIncrease ?? policy?.failOnIncrease ?? DEFAULTS.failOnIncrease,
        profile: given.profile ?? policy?.profile ?? DEFAULTS.profile,
        fix: given.fix ?? DEFAULTS.fix,
        scope: given.scope,
        dropinName: given.dropinName ?? DEFAULTS.dropinName,
        annotateExposure: given.annotateExposure !== undefined ? given.annotateExposure : DEFAULTS.annotateExposure,
        hardeningBranch: given.hardeningBranch ?? DEFAULTS.hardeningBranch,
        hardeningExclude: policy?.hardeningExclude ?? [],
        files: given.files ?? DEFAULTS.files,
        policy,
    });
}
/** The policy file's path: the one given, else the default. */
function policyPath(given) {
    return given.config ?? DEFAULTS.policyPath;
}
/**
 * The policy file (and the security-policy JSON it names): the given one, which must exist, else
 * the default one if there is one.
 */
async function loadPolicy(given, read) {
    const file = policyPath(given);
    const text = await read(file);
    if (text === undefined) {
        if (given.config !== undefined)
            throw new config_ConfigError(`cannot read the policy file '${file}'`);
        return undefined;
    }
    const policy = parsePolicy(file, asText(text));
    if (!policy.securityPolicyPath)
        return policy;
    const json = await read(policy.securityPolicyPath);
    if (json === undefined)
        throw new config_ConfigError(`cannot read the security policy '${policy.securityPolicyPath}' named by ${file}`);
    return {
        ...policy,
        securityPolicy: parseSecurityPolicy(policy.securityPolicyPath, asText(json)),
    };
}
function asText(content) {
    return typeof content === "string" ? content : new TextDecoder().decode(content);
}
/** What the fix engine is asked for: the same for `scan`'s preview, `fix` and the action. */
function fixOptions(config) {
    return {
        profile: config.profile,
        dropinName: config.dropinName,
        systemdVersions: config.systemdVersions,
    };
}
/** The engine's options: the listed versions (the oldest is the floor), the policy, and the drop-ins unless `withFix` is false. */
function scanOptions(config, withFix = true) {
    return {
        systemdVersions: config.systemdVersions,
        ...(config.policy && { policy: config.policy }),
        ...(withFix && { fix: fixOptions(config) }),
    };
}
/** The gate's limits: the resolved ones, with the base exposures of a pull request. */
function gateOptions(config, base) {
    const limits = {
        ...(config.maxExposure !== undefined && { maxExposure: config.maxExposure }),
        failOn: config.failOn,
        failOnIncrease: config.failOnIncrease,
    };
    return base ? { ...limits, base } : limits;
}

;// CONCATENATED MODULE: ./build/src/core/format/text.js
/**
 * The report for a person at a terminal: per unit its exposure and level, the checks that cost
 * the most (with the line that decided each), then the findings, one per line as
 * `path:line:column: severity: message [rule-id]`.
 */


function formatFinding(f) {
    const at = locate(f);
    const waived = f.suppressed !== undefined ? ` (waived: ${f.suppressed})` : "";
    return `${f.path}:${at.line}:${at.column}: ${f.severity}: ${f.message} [${f.id}]${waived}`;
}
function where(row) {
    if (!row.src)
        return "not set";
    const { line } = row.src.file.lineIndex.position(row.src.assignment.span.start);
    return `${row.src.file.path}:${line}`;
}
/** Failing checks, costliest first (row exposure, then weight, then name). */
function failingChecks(rows) {
    // The keys once per row rather than once per comparison (the sort is stable either way).
    const failing = [];
    for (const row of rows)
        if (row.badness !== null && row.badness > 0)
            failing.push({
                row,
                exposure: row.exposure ?? 0,
                share: (row.weight * row.badness) / row.range,
            });
    failing.sort((a, b) => b.exposure - a.exposure ||
        b.share - a.share ||
        (a.row.check.name < b.row.check.name ? -1 : 1));
    return failing.map((f) => f.row);
}
function formatUnit(r, extras = {}, options = {}) {
    const lines = [];
    if (r.score) {
        const base = extras.baseExposure !== undefined && extras.baseExposure !== null
            ? ` (base ${formatExposure(extras.baseExposure)})`
            : "";
        const p = r.fix &&
            "proposal" in r.fix &&
            r.fix.proposal.changed &&
            r.fix.proposal.exposureAfter < r.fix.proposal.exposureBefore
            ? r.fix.proposal
            : null;
        const after = p
            ? `; ${formatExposure(p.exposureAfter)} with the drop-in ${p.dropinPath} (harden-units fix)`
            : "";
        const plain = r.plainScore && r.plainScore.exposure !== r.score.exposure
            ? ` (systemd-analyze without the waivers: ${formatExposure(r.plainScore.exposure)})`
            : "";
        lines.push(`${r.path}: ${formatExposure(r.score.exposure)} ${r.score.level}${plain}${base}${after}`);
        for (const [id, reason] of r.waivedChecks ?? [])
            lines.push(`  waived ${id}: ${reason}`);
        const failing = failingChecks(r.score.rows);
        const shown = options.topChecks === undefined ? failing : failing.slice(0, options.topChecks);
        if (shown.length > 0) {
            const nameWidth = Math.max(...shown.map((c) => c.check.name.length));
            const descWidth = Math.max(...shown.map((c) => (c.description ?? "").length));
            for (const c of shown) {
                const x = c.exposure === null ? "   " : formatExposure(c.exposure);
                lines.push(`  ${x}  ${c.check.name.padEnd(nameWidth)}  ${(c.description ?? "").padEnd(descWidth)}  ${where(c)}`);
            }
            if (shown.length < failing.length)
                lines.push(`  … ${failing.length - shown.length} more failing checks (--format json lists all)`);
        }
    }
    else if (r.refusal) {
        lines.push(`${r.path}: not scored: ${r.refusal}`);
    }
    else {
        lines.push(`${r.path}: not scored (${r.loaded ? `${r.loaded.name.type} units are linted, not scored` : "linted only"})`);
    }
    for (const f of r.findings)
        lines.push(`  ${formatFinding(f)}`);
    return lines.join("\n");
}
/** The last line of the text report, accumulated unit by unit. */
class TextTotals {
    units = 0;
    scored = 0;
    worst = -1;
    counts = { error: 0, warning: 0, notice: 0 };
    add(r) {
        this.units++;
        if (r.score) {
            this.scored++;
            this.worst = Math.max(this.worst, r.score.exposure);
        }
        for (const f of r.findings)
            if (f.suppressed === undefined)
                this.counts[f.severity]++;
    }
    line() {
        return (`${this.units} unit file${this.units === 1 ? "" : "s"}, ${this.scored} scored` +
            (this.worst >= 0 ? `, highest exposure ${formatExposure(this.worst)}` : "") +
            `; ${this.counts.error} errors, ${this.counts.warning} warnings, ${this.counts.notice} notices`);
    }
}
function formatText(units, extras = new Map(), options = {}) {
    if (units.length === 0)
        return "no unit files found\n";
    const totals = new TextTotals();
    units.forEach((u) => totals.add(u));
    return (units.map((u) => formatUnit(u, extras.get(u.path), options)).join("\n\n") +
        "\n\n" +
        totals.line() +
        "\n");
}

;// CONCATENATED MODULE: ./build/src/core/gate.js


/** The exposures the gates apply to: each listed release's, or the one score. */
function exposuresOf(r) {
    if (r.scores)
        return r.scores.flatMap((s) => s.score ? [{ release: s.release, exposure: s.score.exposure }] : []);
    return r.score ? [{ release: null, exposure: r.score.exposure }] : [];
}
/** A failure as one line: `path: message`. */
function gateText(f) {
    return `${f.path}: ${f.message}`;
}
/** The gate's failures in one line: the first few in full, then how many more. */
function gateLine(failures, shown = 5) {
    const lines = failures.map(gateText);
    if (lines.length <= shown)
        return lines.join("; ");
    return `${lines.slice(0, shown).join("; ")}; and ${lines.length - shown} more (the report lists all)`;
}
/**
 * The limits each unit breaks. Exposures are in tenths as the score keeps them; `limit` and
 * `value` are 0.0-10.0 for the exposure gates, the severity and the number of findings for
 * `findings`.
 */
function gateFailures(reports, options) {
    const out = [];
    const failOn = options.failOn ?? "error";
    const threshold = failOn === "never" ? Infinity : SEVERITY_RANK[failOn];
    for (const r of reports) {
        const path = r.path;
        for (const { release, exposure } of exposuresOf(r)) {
            const on = release === null ? "" : ` on systemd ${release}`;
            const where = release === null ? {} : { release };
            if (options.maxExposure !== undefined && exposure > Math.round(options.maxExposure * 10)) {
                out.push({
                    path,
                    kind: "max-exposure",
                    limit: options.maxExposure,
                    value: exposure / 10,
                    ...where,
                    message: `exposure ${formatExposure(exposure)}${on} is above the limit ${options.maxExposure.toFixed(1)}`,
                });
            }
            const was = options.base?.get(path);
            const base = (release === null ? undefined : was?.byRelease?.get(release)) ??
                (release === null || release === r.scores?.[0]?.release ? was?.exposure : undefined);
            if (base !== undefined && (options.failOnIncrease ?? true) && exposure > base) {
                out.push({
                    path,
                    kind: "increase",
                    limit: base / 10,
                    value: exposure / 10,
                    ...where,
                    message: `exposure${on} rose from ${formatExposure(base)} to ${formatExposure(exposure)}`,
                });
            }
        }
        const failing = r.findings.filter((f) => f.suppressed === undefined && SEVERITY_RANK[f.severity] >= threshold);
        if (failing.length > 0) {
            const worst = failing.some((f) => f.severity === "error")
                ? "error"
                : failing.some((f) => f.severity === "warning")
                    ? "warning"
                    : "notice";
            out.push({
                path,
                kind: "findings",
                limit: failOn,
                value: failing.length,
                message: `${failing.length} finding${failing.length === 1 ? "" : "s"} at or above ${failOn} (worst: ${worst})`,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/format/markdown.js
/**
 * Markdown for GitHub: the job summary (one table of units, base -> head -> with the proposed
 * drop-in, the costliest checks with links to their lines, the findings, a preview of each
 * drop-in) and the bodies of review comments. Text from the repository (unit lines, paths,
 * messages) cannot break out of a code fence or a table cell, or inject markdown.
 */





/** A code fence longer than any run of backticks in the text, so the text cannot close it. */
function fenced(text, lang = "") {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, "")}\n${fence}`;
}
/** Text for inline markdown: markup characters and HTML escaped, one line. */
function escapeInline(text) {
    return text
        .replace(/[\r\n]+/g, " ")
        .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
        .replace(/&/g, "&amp;");
}
const markdown_code = (s) => `\`${s.replace(/`/g, "'")}\``;
function linked(text, url) {
    return url ? `[${text}](${url})` : text;
}
function findingLine(f, link) {
    const at = locate(f);
    const where = linked(markdown_code(`${f.path}:${at.line}:${at.column}`), link?.(f.path, at.line));
    const waived = f.suppressed !== undefined ? ` *(suppressed: ${escapeInline(f.suppressed)})*` : "";
    return `- ${f.severity === "error" ? "❌" : f.severity === "warning" ? "⚠️" : "ℹ️"} ${where} ${escapeInline(f.message)} (${markdown_code(f.id)})${waived}`;
}
function summaryMarkdown(reports, options = {}) {
    const out = ["## harden-units", ""];
    if (options.gate && options.gate.length > 0) {
        out.push("**The gate failed:**", "");
        for (const g of options.gate) {
            out.push(`- ${escapeInline(gateText(g))}`);
            const r = g.kind === "increase" ? reports.find((x) => x.path === g.path) : undefined;
            if (r)
                for (const c of regressionCauses(r, options.base?.get(r.path)))
                    out.push(`  - ${escapeInline(c)}`);
        }
        out.push("");
    }
    for (const n of options.notes ?? [])
        out.push(`> ${escapeInline(n)}`, "");
    if (reports.length === 0) {
        out.push("No unit files to review.");
        return out.join("\n") + "\n";
    }
    // With several systemd releases listed, a column per release (the first, the floor, is `exposure`).
    const releases = reports.find((r) => r.scores)?.scores?.map((s) => s.release) ?? [];
    const perRelease = (r) => releases.map((v) => {
        const s = r.scores?.find((x) => x.release === v);
        return s?.score ? formatExposure(s.score.exposure) : r.score ? "refused" : "—";
    });
    const head = releases.length > 1 ? releases.map((v) => `systemd ${v}`) : ["exposure"];
    out.push(`| unit | ${head.join(" | ")} | level | base → head → with drop-in | findings |`, `|---|${head.map(() => "---:").join("|")}|---|---|---:|`);
    for (const r of reports) {
        const s = r.score;
        const base = options.base?.get(r.path)?.exposure;
        const proposal = r.fix && "proposal" in r.fix && r.fix.proposal.changed ? r.fix.proposal : null;
        const trail = s
            ? [
                base !== undefined ? formatExposure(base) : "new",
                formatExposure(s.exposure),
                proposal ? formatExposure(proposal.exposureAfter) : "—",
            ].join(" → ")
            : "—";
        const open = r.findings.filter((f) => f.suppressed === undefined).length;
        const exposures = releases.length > 1
            ? s
                ? perRelease(r)
                : releases.map(() => "not scored")
            : [s ? formatExposure(s.exposure) : "not scored"];
        // 252 on a live host (online) counts the PrivateMounts= other settings imply.
        if (r.onlineExposure !== undefined)
            exposures[0] += ` (online ${formatExposure(r.onlineExposure)})`;
        out.push(`| ${linked(markdown_code(r.path), options.link?.(r.path))} | ${exposures.join(" | ")} | ${s ? s.level : r.refusal ? "refused" : "—"} | ${trail} | ${open} |`);
    }
    out.push("");
    for (const r of reports) {
        const failing = r.score ? failingChecks(r.score.rows).slice(0, options.topChecks ?? 5) : [];
        const proposal = r.fix && "proposal" in r.fix && r.fix.proposal.changed ? r.fix.proposal : null;
        if (failing.length === 0 && r.findings.length === 0 && !proposal)
            continue;
        out.push(`<details><summary>${escapeInline(r.path)}${r.score ? ` — ${formatExposure(r.score.exposure)} ${r.score.level}` : ""}</summary>`, "");
        if (failing.length > 0) {
            out.push("Costliest checks:", "");
            for (const c of failing) {
                const line = c.src
                    ? c.src.file.lineIndex.position(c.src.assignment.span.start).line
                    : undefined;
                const where = c.src
                    ? linked(markdown_code(`${c.src.file.path}:${line}`), options.link?.(c.src.file.path, line))
                    : "not set";
                out.push(`- ${markdown_code(c.check.name)} ${c.exposure !== null ? formatExposure(c.exposure) : ""} — ${escapeInline(c.description ?? "")} (${where})`);
            }
            out.push("");
        }
        if (r.findings.length > 0)
            out.push("Findings:", "", ...r.findings.map((f) => findingLine(f, options.link)), "");
        if (proposal) {
            out.push(`Proposed drop-in ${markdown_code(proposal.dropinPath)} (${formatExposure(proposal.exposureWithout)} → ${formatExposure(proposal.exposureAfter)}):`, "", fenced(proposal.content, "ini"), "");
        }
        out.push("</details>", "");
    }
    const annotations = options.annotations ?? [];
    if (annotations.length > 0) {
        const icon = { failure: "❌", warning: "⚠️", notice: "ℹ️" };
        out.push(`<details><summary>All ${annotations.length} annotation${annotations.length === 1 ? "" : "s"}</summary>`, "");
        for (const a of annotations) {
            out.push(`- ${icon[a.level]} ${linked(markdown_code(`${a.path}:${a.line}`), options.link?.(a.path, a.line))} **${escapeInline(a.title)}**: ${escapeInline(a.message)}`);
        }
        out.push("", "</details>", "");
    }
    return out.join("\n");
}

// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __nccwpck_require__(251);
;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/error-request.js
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}

// pkg/dist-src/wrap-request.js


async function wrapRequest(state, octokit, request, options) {
  const limiter = new light();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request, options) {
  const response = await request(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}

// pkg/dist-src/index.js
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function dist_bundle_wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return dist_bundle_wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/register.js
// @ts-check

function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }

  if (!options) {
    options = {};
  }

  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name) => {
      return register.bind(null, state, name, callback, options);
    }, method)();
  }

  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }

    return state.registry[name].reduce((method, registered) => {
      return registered.hook.bind(null, method, options);
    }, method)();
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/add.js
// @ts-check

function addHook(state, kind, name, hook) {
  const orig = hook;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }

  if (kind === "before") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(orig.bind(null, options))
        .then(method.bind(null, options));
    };
  }

  if (kind === "after") {
    hook = (method, options) => {
      let result;
      return Promise.resolve()
        .then(method.bind(null, options))
        .then((result_) => {
          result = result_;
          return orig(result, options);
        })
        .then(() => {
          return result;
        });
    };
  }

  if (kind === "error") {
    hook = (method, options) => {
      return Promise.resolve()
        .then(method.bind(null, options))
        .catch((error) => {
          return orig(error, options);
        });
    };
  }

  state.registry[name].push({
    hook: hook,
    orig: orig,
  });
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/lib/remove.js
// @ts-check

function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }

  const index = state.registry[name]
    .map((registered) => {
      return registered.orig;
    })
    .indexOf(method);

  if (index === -1) {
    return;
  }

  state.registry[name].splice(index, 1);
}

;// CONCATENATED MODULE: ./node_modules/before-after-hook/index.js
// @ts-check





// bind with array of arguments: https://stackoverflow.com/a/21792913
const bind = Function.bind;
const bindable = bind.bind(bind);

function bindApi(hook, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook.api = { remove: removeHookRef };
  hook.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook[kind] = hook.api[kind] = bindable(addHook, null).apply(null, args);
  });
}

function Singular() {
  const singularHookName = Symbol("Singular");
  const singularHookState = {
    registry: {},
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}

function Collection() {
  const state = {
    registry: {},
  };

  const hook = register.bind(null, state);
  bindApi(hook, state);

  return hook;
}

/* harmony default export */ const before_after_hook = ({ Singular, Collection });

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var endpoint_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${endpoint_dist_bundle_VERSION} ${getUserAgent()}`;
var dist_bundle_DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, dist_bundle_DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var request_dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${request_dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var dist_bundle_noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(dist_bundle_noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(dist_bundle_noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/graphql/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var graphql_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/with-defaults.js


// pkg/dist-src/graphql.js


// pkg/dist-src/error.js
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};

// pkg/dist-src/graphql.js
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}

// pkg/dist-src/with-defaults.js
function graphql_dist_bundle_withDefaults(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: graphql_dist_bundle_withDefaults.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}

// pkg/dist-src/index.js
var graphql2 = graphql_dist_bundle_withDefaults(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${graphql_dist_bundle_VERSION} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return graphql_dist_bundle_withDefaults(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

/* v8 ignore if -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-token/dist-bundle/index.js
// pkg/dist-src/is-jwt.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep}${b64url}${sep}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);

// pkg/dist-src/auth.js
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}

// pkg/dist-src/with-authorization-prefix.js
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}

// pkg/dist-src/hook.js
async function hook(token, request, route, parameters) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  endpoint.headers.authorization = withAuthorizationPrefix(token);
  return request(endpoint);
}

// pkg/dist-src/index.js
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/version.js
const version_VERSION = "7.0.8";


;// CONCATENATED MODULE: ./node_modules/@octokit/core/dist-src/index.js






const dist_src_noop = () => {
};
const consoleWarn = console.warn.bind(console);
const consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = dist_src_noop;
  }
  if (typeof logger.info !== "function") {
    logger.info = dist_src_noop;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
const userAgentTrail = `octokit-core.js/${version_VERSION} ${getUserAgent()}`;
class Octokit {
  static VERSION = version_VERSION;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook = new before_after_hook.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth = createTokenAuth(options.auth);
        hook.wrap("request", auth.hook);
        this.auth = auth;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook.wrap("request", auth.hook);
      this.auth = auth;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
}


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/version.js
const dist_src_version_VERSION = "6.0.0";


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js

function requestLog(octokit) {
  octokit.hook.wrap("request", (request, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path = requestOptions.url.replace(options.baseUrl, "");
    return request(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = dist_src_version_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
// pkg/dist-src/version.js
var plugin_paginate_rest_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/normalize-paginated-list-response.js
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}

// pkg/dist-src/iterator.js
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}

// pkg/dist-src/paginate.js
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}

// pkg/dist-src/compose-paginate.js
var composePaginateRest = Object.assign(paginate, {
  iterator
});

// pkg/dist-src/generated/paginating-endpoints.js
var paginatingEndpoints = (/* unused pure expression or super */ null && ([
  "GET /advisories",
  "GET /app/hook/deliveries",
  "GET /app/installation-requests",
  "GET /app/installations",
  "GET /assignments/{assignment_id}/accepted_assignments",
  "GET /classrooms",
  "GET /classrooms/{classroom_id}/assignments",
  "GET /enterprises/{enterprise}/code-security/configurations",
  "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories",
  "GET /enterprises/{enterprise}/dependabot/alerts",
  "GET /enterprises/{enterprise}/teams",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships",
  "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations",
  "GET /events",
  "GET /gists",
  "GET /gists/public",
  "GET /gists/starred",
  "GET /gists/{gist_id}/comments",
  "GET /gists/{gist_id}/commits",
  "GET /gists/{gist_id}/forks",
  "GET /installation/repositories",
  "GET /issues",
  "GET /licenses",
  "GET /marketplace_listing/plans",
  "GET /marketplace_listing/plans/{plan_id}/accounts",
  "GET /marketplace_listing/stubbed/plans",
  "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "GET /networks/{owner}/{repo}/events",
  "GET /notifications",
  "GET /organizations",
  "GET /organizations/{org}/dependabot/repository-access",
  "GET /orgs/{org}/actions/cache/usage-by-repository",
  "GET /orgs/{org}/actions/hosted-runners",
  "GET /orgs/{org}/actions/permissions/repositories",
  "GET /orgs/{org}/actions/permissions/self-hosted-runners/repositories",
  "GET /orgs/{org}/actions/runner-groups",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories",
  "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners",
  "GET /orgs/{org}/actions/runners",
  "GET /orgs/{org}/actions/secrets",
  "GET /orgs/{org}/actions/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/actions/variables",
  "GET /orgs/{org}/actions/variables/{name}/repositories",
  "GET /orgs/{org}/attestations/repositories",
  "GET /orgs/{org}/attestations/{subject_digest}",
  "GET /orgs/{org}/blocks",
  "GET /orgs/{org}/campaigns",
  "GET /orgs/{org}/code-scanning/alerts",
  "GET /orgs/{org}/code-security/configurations",
  "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories",
  "GET /orgs/{org}/codespaces",
  "GET /orgs/{org}/codespaces/secrets",
  "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/copilot/billing/seats",
  "GET /orgs/{org}/copilot/metrics",
  "GET /orgs/{org}/dependabot/alerts",
  "GET /orgs/{org}/dependabot/secrets",
  "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories",
  "GET /orgs/{org}/events",
  "GET /orgs/{org}/failed_invitations",
  "GET /orgs/{org}/hooks",
  "GET /orgs/{org}/hooks/{hook_id}/deliveries",
  "GET /orgs/{org}/insights/api/route-stats/{actor_type}/{actor_id}",
  "GET /orgs/{org}/insights/api/subject-stats",
  "GET /orgs/{org}/insights/api/user-stats/{user_id}",
  "GET /orgs/{org}/installations",
  "GET /orgs/{org}/invitations",
  "GET /orgs/{org}/invitations/{invitation_id}/teams",
  "GET /orgs/{org}/issues",
  "GET /orgs/{org}/members",
  "GET /orgs/{org}/members/{username}/codespaces",
  "GET /orgs/{org}/migrations",
  "GET /orgs/{org}/migrations/{migration_id}/repositories",
  "GET /orgs/{org}/organization-roles/{role_id}/teams",
  "GET /orgs/{org}/organization-roles/{role_id}/users",
  "GET /orgs/{org}/outside_collaborators",
  "GET /orgs/{org}/packages",
  "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
  "GET /orgs/{org}/personal-access-token-requests",
  "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories",
  "GET /orgs/{org}/personal-access-tokens",
  "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories",
  "GET /orgs/{org}/private-registries",
  "GET /orgs/{org}/projects",
  "GET /orgs/{org}/projectsV2",
  "GET /orgs/{org}/projectsV2/{project_number}/fields",
  "GET /orgs/{org}/projectsV2/{project_number}/items",
  "GET /orgs/{org}/properties/values",
  "GET /orgs/{org}/public_members",
  "GET /orgs/{org}/repos",
  "GET /orgs/{org}/rulesets",
  "GET /orgs/{org}/rulesets/rule-suites",
  "GET /orgs/{org}/rulesets/{ruleset_id}/history",
  "GET /orgs/{org}/secret-scanning/alerts",
  "GET /orgs/{org}/security-advisories",
  "GET /orgs/{org}/settings/immutable-releases/repositories",
  "GET /orgs/{org}/settings/network-configurations",
  "GET /orgs/{org}/team/{team_slug}/copilot/metrics",
  "GET /orgs/{org}/teams",
  "GET /orgs/{org}/teams/{team_slug}/discussions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions",
  "GET /orgs/{org}/teams/{team_slug}/invitations",
  "GET /orgs/{org}/teams/{team_slug}/members",
  "GET /orgs/{org}/teams/{team_slug}/projects",
  "GET /orgs/{org}/teams/{team_slug}/repos",
  "GET /orgs/{org}/teams/{team_slug}/teams",
  "GET /projects/{project_id}/collaborators",
  "GET /repos/{owner}/{repo}/actions/artifacts",
  "GET /repos/{owner}/{repo}/actions/caches",
  "GET /repos/{owner}/{repo}/actions/organization-secrets",
  "GET /repos/{owner}/{repo}/actions/organization-variables",
  "GET /repos/{owner}/{repo}/actions/runners",
  "GET /repos/{owner}/{repo}/actions/runs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs",
  "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
  "GET /repos/{owner}/{repo}/actions/secrets",
  "GET /repos/{owner}/{repo}/actions/variables",
  "GET /repos/{owner}/{repo}/actions/workflows",
  "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
  "GET /repos/{owner}/{repo}/activity",
  "GET /repos/{owner}/{repo}/assignees",
  "GET /repos/{owner}/{repo}/attestations/{subject_digest}",
  "GET /repos/{owner}/{repo}/branches",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations",
  "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs",
  "GET /repos/{owner}/{repo}/code-scanning/alerts",
  "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
  "GET /repos/{owner}/{repo}/code-scanning/analyses",
  "GET /repos/{owner}/{repo}/codespaces",
  "GET /repos/{owner}/{repo}/codespaces/devcontainers",
  "GET /repos/{owner}/{repo}/codespaces/secrets",
  "GET /repos/{owner}/{repo}/collaborators",
  "GET /repos/{owner}/{repo}/comments",
  "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-suites",
  "GET /repos/{owner}/{repo}/commits/{ref}/status",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/contributors",
  "GET /repos/{owner}/{repo}/dependabot/alerts",
  "GET /repos/{owner}/{repo}/dependabot/secrets",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
  "GET /repos/{owner}/{repo}/environments",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets",
  "GET /repos/{owner}/{repo}/environments/{environment_name}/variables",
  "GET /repos/{owner}/{repo}/events",
  "GET /repos/{owner}/{repo}/forks",
  "GET /repos/{owner}/{repo}/hooks",
  "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries",
  "GET /repos/{owner}/{repo}/invitations",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/comments",
  "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/issues/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/events",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/reactions",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline",
  "GET /repos/{owner}/{repo}/keys",
  "GET /repos/{owner}/{repo}/labels",
  "GET /repos/{owner}/{repo}/milestones",
  "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels",
  "GET /repos/{owner}/{repo}/notifications",
  "GET /repos/{owner}/{repo}/pages/builds",
  "GET /repos/{owner}/{repo}/projects",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/comments",
  "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments",
  "GET /repos/{owner}/{repo}/releases",
  "GET /repos/{owner}/{repo}/releases/{release_id}/assets",
  "GET /repos/{owner}/{repo}/releases/{release_id}/reactions",
  "GET /repos/{owner}/{repo}/rules/branches/{branch}",
  "GET /repos/{owner}/{repo}/rulesets",
  "GET /repos/{owner}/{repo}/rulesets/rule-suites",
  "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts",
  "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations",
  "GET /repos/{owner}/{repo}/security-advisories",
  "GET /repos/{owner}/{repo}/stargazers",
  "GET /repos/{owner}/{repo}/subscribers",
  "GET /repos/{owner}/{repo}/tags",
  "GET /repos/{owner}/{repo}/teams",
  "GET /repos/{owner}/{repo}/topics",
  "GET /repositories",
  "GET /search/code",
  "GET /search/commits",
  "GET /search/issues",
  "GET /search/labels",
  "GET /search/repositories",
  "GET /search/topics",
  "GET /search/users",
  "GET /teams/{team_id}/discussions",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments",
  "GET /teams/{team_id}/discussions/{discussion_number}/comments/{comment_number}/reactions",
  "GET /teams/{team_id}/discussions/{discussion_number}/reactions",
  "GET /teams/{team_id}/invitations",
  "GET /teams/{team_id}/members",
  "GET /teams/{team_id}/projects",
  "GET /teams/{team_id}/repos",
  "GET /teams/{team_id}/teams",
  "GET /user/blocks",
  "GET /user/codespaces",
  "GET /user/codespaces/secrets",
  "GET /user/emails",
  "GET /user/followers",
  "GET /user/following",
  "GET /user/gpg_keys",
  "GET /user/installations",
  "GET /user/installations/{installation_id}/repositories",
  "GET /user/issues",
  "GET /user/keys",
  "GET /user/marketplace_purchases",
  "GET /user/marketplace_purchases/stubbed",
  "GET /user/memberships/orgs",
  "GET /user/migrations",
  "GET /user/migrations/{migration_id}/repositories",
  "GET /user/orgs",
  "GET /user/packages",
  "GET /user/packages/{package_type}/{package_name}/versions",
  "GET /user/public_emails",
  "GET /user/repos",
  "GET /user/repository_invitations",
  "GET /user/social_accounts",
  "GET /user/ssh_signing_keys",
  "GET /user/starred",
  "GET /user/subscriptions",
  "GET /user/teams",
  "GET /users",
  "GET /users/{username}/attestations/{subject_digest}",
  "GET /users/{username}/events",
  "GET /users/{username}/events/orgs/{org}",
  "GET /users/{username}/events/public",
  "GET /users/{username}/followers",
  "GET /users/{username}/following",
  "GET /users/{username}/gists",
  "GET /users/{username}/gpg_keys",
  "GET /users/{username}/keys",
  "GET /users/{username}/orgs",
  "GET /users/{username}/packages",
  "GET /users/{username}/projects",
  "GET /users/{username}/projectsV2",
  "GET /users/{username}/projectsV2/{project_number}/fields",
  "GET /users/{username}/projectsV2/{project_number}/items",
  "GET /users/{username}/received_events",
  "GET /users/{username}/received_events/public",
  "GET /users/{username}/repos",
  "GET /users/{username}/social_accounts",
  "GET /users/{username}/ssh_signing_keys",
  "GET /users/{username}/starred",
  "GET /users/{username}/subscriptions"
]));

// pkg/dist-src/paginating-endpoints.js
function isPaginatingEndpoint(arg) {
  if (typeof arg === "string") {
    return paginatingEndpoints.includes(arg);
  } else {
    return false;
  }
}

// pkg/dist-src/index.js
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = plugin_paginate_rest_dist_bundle_VERSION;


;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
const plugin_rest_endpoint_methods_dist_src_version_VERSION = "17.0.0";

//# sourceMappingURL=version.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
const Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

//# sourceMappingURL=endpoints.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js

const endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
const handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

//# sourceMappingURL=endpoints-to-methods.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js


function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = plugin_rest_endpoint_methods_dist_src_version_VERSION;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = plugin_rest_endpoint_methods_dist_src_version_VERSION;

//# sourceMappingURL=index.js.map

;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const rest_dist_src_version_VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const dist_src_Octokit = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${rest_dist_src_version_VERSION}`
  }
);


;// CONCATENATED MODULE: ./build/src/github/api.js
/**
 * The GitHub REST API through Octokit (with the retry and throttling plugins): the only module
 * that talks to GitHub. Everything else sees the narrow GitHubApi interface.
 */



/** An API error as one line: the status and GitHub's message, never the token or a stack. */
function describeError(e) {
    const err = e;
    const message = err.response?.data?.message ?? err.message ?? String(e);
    return err.status ? `${err.status} ${message}` : message;
}
/** " (GET /repos/o/r/...)": the request that failed, without its query or host, or "". */
function requestOf(e) {
    const req = e.request;
    if (!req?.method || !req.url)
        return "";
    try {
        return ` (${req.method} ${new URL(req.url).pathname})`;
    }
    catch {
        return "";
    }
}
function httpStatus(e) {
    return e.status;
}
/**
 * Why GitHub refused a write, when it was for want of a permission (403, or the 404 GitHub answers
 * a token that may not see the resource): "the token may not <action> (the workflow needs
 * `permissions: <permission>: write`<more>)". Null for any other error.
 */
function missingPermission(e, action, permission, more = "") {
    const status = httpStatus(e);
    if (status !== 403 && status !== 404)
        return null;
    return `the token may not ${action} (the workflow needs \`permissions: ${permission}: write\`${more})`;
}
/** A commit as GitHub shows it in text: its first seven hex digits. */
function shortSha(sha) {
    return sha.slice(0, 7);
}
/** A line as a sentence: its first letter in upper case. */
function sentence(line) {
    return line.charAt(0).toUpperCase() + line.slice(1);
}
/** What `missingPermission` adds on a pull request, where the token may be a fork's. */
const FORK_TOKEN = "; a fork's token never may";
/** Raised by every call of an API that is not there (no token): no request is sent. */
class NoApiError extends Error {
}
/** A GitHubApi without a token: every call fails at once, so the run reports without GitHub. */
function offlineApi(reason) {
    const fail = async () => {
        throw new NoApiError(reason);
    };
    return {
        listPullFiles: fail,
        getPull: fail,
        getTree: fail,
        getBlob: fail,
        createCheckRun: fail,
        updateCheckRun: fail,
        listReviewComments: fail,
        createReview: fail,
        updateReviewComment: fail,
        deleteReviewComment: fail,
        createFileComment: fail,
        listIssueComments: fail,
        createIssueComment: fail,
        updateIssueComment: fail,
        deleteIssueComment: fail,
        getBranchSha: fail,
        commitFiles: fail,
        collaboratorPermission: fail,
        defaultBranch: fail,
        commitMessage: fail,
        createCommit: fail,
        createBranch: fail,
        moveBranch: fail,
        listPullsByHead: fail,
        createPull: fail,
        updatePull: fail,
    };
}
const RetryingOctokit = dist_src_Octokit.plugin(retry, throttling);
/**
 * Retries of 5xx answers, 429s without a rate-limit message and timeouts (plugin-retry): two more
 * attempts, after 0.5 s and 2 s, so a persistent failure costs seconds, not minutes. 4xx answers
 * are final (plugin-retry's doNotRetry); rate limits wait as GitHub's Retry-After or reset says
 * (plugin-throttling, which also spaces writes a second apart as GitHub asks).
 */
const RETRY = { retries: 2, retryAfterBaseValue: 500 };
function createApi(options) {
    const timeout = options.timeoutMs ?? 30_000;
    /** plugin-throttling's answer to a rate limit: wait as GitHub says (up to 2 minutes), `retries` times. */
    const waitFor = (limit, retries) => (retryAfter, o, _octokit, retryCount) => {
        options.log(`GitHub ${limit} on ${o.method} ${o.url}: retrying in ${retryAfter} s`);
        return retryCount < retries && retryAfter <= 120;
    };
    // Only the message: Octokit passes the request options (with the Authorization header) as a second argument.
    const debug = (message) => {
        if (message !== "request")
            options.debug?.(message);
    };
    const octokit = new RetryingOctokit({
        auth: options.token,
        baseUrl: options.baseUrl,
        userAgent: "harden-units",
        log: { debug, info: debug, warn: (m) => options.log(m), error: debug },
        retry: RETRY,
        // A timeout per attempt (a retried attempt gets a fresh one), not one for all attempts.
        request: {
            fetch: (url, init) => fetch(url, {
                ...init,
                signal: init?.signal
                    ? AbortSignal.any([init.signal, AbortSignal.timeout(timeout)])
                    : AbortSignal.timeout(timeout),
            }),
        },
        throttle: {
            onRateLimit: waitFor("rate limit", 2),
            onSecondaryRateLimit: waitFor("secondary rate limit", 3),
        },
    });
    const repo = { owner: options.owner, repo: options.repo };
    const api = {
        async listPullFiles(pull) {
            const files = [];
            for await (const res of octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
                ...repo,
                pull_number: pull,
                per_page: 100,
            })) {
                for (const f of res.data) {
                    files.push({
                        filename: f.filename,
                        status: f.status,
                        changes: f.changes,
                        ...(f.previous_filename && { previousFilename: f.previous_filename }),
                        ...(f.patch !== undefined && { patch: f.patch }),
                        ...(f.sha && { sha: f.sha }),
                    });
                }
            }
            return { files, complete: files.length < 3000 };
        },
        async getPull(pull) {
            const { data } = await octokit.rest.pulls.get({ ...repo, pull_number: pull });
            return {
                headSha: data.head.sha,
                headRef: data.head.ref,
                headRepo: data.head.repo?.full_name ?? `${options.owner}/${options.repo}`,
                baseSha: data.base.sha,
                baseRef: data.base.ref,
                changedFiles: data.changed_files,
                state: data.state,
            };
        },
        async getTree(sha) {
            const { data } = await octokit.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "1" });
            return data.tree
                .filter((e) => e.path && e.sha && e.type && e.mode)
                .map((e) => ({
                path: e.path,
                type: e.type,
                sha: e.sha,
                mode: e.mode,
                ...(e.size !== undefined && { size: e.size }),
            }));
        },
        async mergeBase(base, head) {
            const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
                ...repo,
                basehead: `${base}...${head}`,
                per_page: 1,
            });
            return data.merge_base_commit.sha;
        },
        async getBlob(sha) {
            const { data } = await octokit.rest.git.getBlob({ ...repo, file_sha: sha });
            return new Uint8Array(Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8"));
        },
        async createCheckRun(name, headSha, output, conclusion) {
            const { data } = await octokit.rest.checks.create({
                ...repo,
                name,
                head_sha: headSha,
                status: "completed",
                conclusion,
                output: { ...output, annotations: [...(output.annotations ?? [])] },
            });
            return data.id;
        },
        async updateCheckRun(id, output) {
            await octokit.rest.checks.update({
                ...repo,
                check_run_id: id,
                output: { ...output, annotations: [...(output.annotations ?? [])] },
            });
        },
        async listReviewComments(pull) {
            const all = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
                ...repo,
                pull_number: pull,
                per_page: 100,
            });
            return all.map((c) => ({
                id: c.id,
                path: c.path,
                body: c.body,
                line: c.line ?? null,
                file: c.subject_type === "file",
                user: c.user?.login ?? "",
            }));
        },
        async createReview(pull, commitId, body, comments) {
            await octokit.rest.pulls.createReview({
                ...repo,
                pull_number: pull,
                commit_id: commitId,
                body,
                event: "COMMENT",
                comments: comments.map((c) => ({ ...c })),
            });
        },
        async updateReviewComment(id, body) {
            await octokit.rest.pulls.updateReviewComment({ ...repo, comment_id: id, body });
        },
        async deleteReviewComment(id) {
            await octokit.rest.pulls.deleteReviewComment({ ...repo, comment_id: id });
        },
        async createFileComment(pull, commitId, path, body) {
            await octokit.rest.pulls.createReviewComment({
                ...repo,
                pull_number: pull,
                commit_id: commitId,
                path,
                body,
                subject_type: "file",
            });
        },
        async listIssueComments(issue) {
            const all = await octokit.paginate(octokit.rest.issues.listComments, {
                ...repo,
                issue_number: issue,
                per_page: 100,
            });
            return all.map((c) => ({ id: c.id, body: c.body ?? "", user: c.user?.login ?? "" }));
        },
        async createIssueComment(issue, body) {
            await octokit.rest.issues.createComment({ ...repo, issue_number: issue, body });
        },
        async updateIssueComment(id, body) {
            await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body });
        },
        async deleteIssueComment(id) {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: id });
        },
        async getBranchSha(branch) {
            const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
            return data.object.sha;
        },
        async commitFiles(branch, parentSha, files, message) {
            const sha = await api.createCommit(parentSha, [parentSha], files, message);
            await api.moveBranch(branch, sha);
            return sha;
        },
        async createCommit(base, parents, files, message) {
            const { data: parent } = await octokit.rest.git.getCommit({ ...repo, commit_sha: base });
            const tree = [];
            for (const [path, content] of files) {
                const { data: blob } = await octokit.rest.git.createBlob({
                    ...repo,
                    content: Buffer.from(content).toString("base64"),
                    encoding: "base64",
                });
                tree.push({ path, mode: "100644", type: "blob", sha: blob.sha });
            }
            const { data: newTree } = await octokit.rest.git.createTree({
                ...repo,
                base_tree: parent.tree.sha,
                tree,
            });
            // No author or committer: GitHub signs the commit as the token's identity, so it shows as Verified.
            const { data: commit } = await octokit.rest.git.createCommit({
                ...repo,
                message,
                tree: newTree.sha,
                parents: [...parents],
            });
            return commit.sha;
        },
        async createBranch(branch, sha) {
            await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
        },
        async moveBranch(branch, sha) {
            await octokit.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
        },
        async defaultBranch() {
            const { data } = await octokit.rest.repos.get(repo);
            return data.default_branch;
        },
        async commitMessage(sha) {
            const { data } = await octokit.rest.git.getCommit({ ...repo, commit_sha: sha });
            return data.message;
        },
        async listPullsByHead(branch, state) {
            const all = await octokit.paginate(octokit.rest.pulls.list, {
                ...repo,
                head: `${options.owner}:${branch}`,
                state,
                sort: "created",
                direction: "desc",
                per_page: 100,
            });
            return all.map((p) => ({
                number: p.number,
                state: p.state === "open" ? "open" : "closed",
                merged: p.merged_at !== null,
                body: p.body ?? "",
                headSha: p.head.sha,
                user: p.user?.login ?? "",
            }));
        },
        async createPull(head, base, title, body) {
            const { data } = await octokit.rest.pulls.create({ ...repo, head, base, title, body });
            return data.number;
        },
        async updatePull(pull, change) {
            await octokit.rest.pulls.update({ ...repo, pull_number: pull, ...change });
        },
        async collaboratorPermission(user) {
            const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
                ...repo,
                username: user,
            });
            return data.permission;
        },
    };
    return api;
}

;// CONCATENATED MODULE: ./build/src/core/syntax/source.js
/**
 * Turns the bytes of a unit file into text and physical lines exactly as systemd's read_line()
 * sees them: a line ends at "\n", "\r", "\0" or any run of those in which no kind repeats and
 * nothing follows a NUL ("\r\n" and "\n\r" are one line end, "\n\n" is two).
 *
 * Offsets everywhere are offsets into `text` (UTF-16 code units); line and column are computed
 * only at the edge, through LineIndex.
 */
const NL = 0x0a;
const CR = 0x0d;
const NUL = 0x00;
const EOL_KIND = { [NUL]: 1, [NL]: 2, [CR]: 4 };
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/** unichar_is_valid(): no surrogates, no noncharacters, nothing above U+10FFFF. */
function isValidUnichar(c) {
    return (c < 0x110000 &&
        (c & 0xfffff800) !== 0xd800 &&
        !(c >= 0xfdd0 && c <= 0xfdef) &&
        (c & 0xfffe) !== 0xfffe);
}
/**
 * utf8_escape_invalid(): each byte that does not start a valid sequence becomes one U+FFFD, as
 * systemd prints a line it rejects.
 */
function escapeInvalidUtf8(bytes) {
    let out = "";
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const len = b < 0x80
            ? 1
            : (b & 0xe0) === 0xc0
                ? 2
                : (b & 0xf0) === 0xe0
                    ? 3
                    : (b & 0xf8) === 0xf0
                        ? 4
                        : (b & 0xfc) === 0xf8
                            ? 5
                            : (b & 0xfe) === 0xfc
                                ? 6
                                : 0;
        let ok = len > 0 && i + len <= bytes.length;
        let c = len === 1 ? b : len > 0 ? b & (0xff >> (len + 1)) : 0;
        for (let k = 1; ok && k < len; k++) {
            const cb = bytes[i + k];
            if ((cb & 0xc0) !== 0x80)
                ok = false;
            else
                c = (c << 6) | (cb & 0x3f);
        }
        const minimal = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : c < 0x200000 ? 4 : c < 0x4000000 ? 5 : 6;
        if (ok && len > 1 && (minimal !== len || !isValidUnichar(c)))
            ok = false;
        if (ok) {
            out += String.fromCodePoint(c);
            i += len;
        }
        else {
            out += "\uFFFD";
            i++;
        }
    }
    return out;
}
function decodeSource(input) {
    if (typeof input === "string")
        return splitText(input);
    // Fast path: the whole file is valid UTF-8 (the usual case), decode once and split the text.
    try {
        return splitText(strictDecoder.decode(input));
    }
    catch {
        return decodeByLine(input);
    }
}
const EOL_CHAR = { "\0": 1, "\n": 2, "\r": 4 };
/** read_line() on text: the same line ends as on bytes, since all of them are ASCII. */
function splitText(input) {
    const hasNul = input.includes("\0");
    const text = hasNul ? input.replace(/\0/g, "\n") : input;
    const lines = [];
    let pos = 0;
    const n = input.length;
    while (pos < n) {
        let end = pos;
        for (;;) {
            if (end >= n)
                break;
            const c = input.charCodeAt(end);
            if (c === NL || c === CR || c === NUL)
                break;
            end++;
        }
        lines.push({ start: pos, end, invalidUtf8: false });
        let seen = 0;
        let next = end;
        while (next < n && !(seen & 1)) {
            const kind = EOL_CHAR[input[next]];
            if (kind === undefined || seen & kind)
                break;
            seen |= kind;
            next++;
        }
        pos = next;
    }
    return { text, lines, hasNul };
}
/** Line by line, for files that are not valid UTF-8 as a whole: each bad line is marked. */
function decodeByLine(bytes) {
    const lines = [];
    const pieces = [];
    let textLength = 0;
    let hasNul = false;
    let pos = 0;
    while (pos < bytes.length) {
        let contentEnd = pos;
        while (contentEnd < bytes.length && EOL_KIND[bytes[contentEnd]] === undefined)
            contentEnd++;
        let eolEnd = contentEnd;
        let seen = 0;
        while (eolEnd < bytes.length && !(seen & 1)) {
            const kind = EOL_KIND[bytes[eolEnd]];
            if (kind === undefined || seen & kind)
                break;
            if (kind === 1)
                hasNul = true;
            seen |= kind;
            eolEnd++;
        }
        const content = bytes.subarray(pos, contentEnd);
        let decoded;
        let invalidUtf8 = false;
        try {
            decoded = strictDecoder.decode(content);
        }
        catch {
            decoded = escapeInvalidUtf8(content);
            invalidUtf8 = true;
        }
        const eolText = String.fromCharCode(...bytes.subarray(contentEnd, eolEnd)).replace(/\0/g, "\n");
        lines.push({ start: textLength, end: textLength + decoded.length, invalidUtf8 });
        pieces.push(decoded, eolText);
        textLength += decoded.length + eolText.length;
        pos = eolEnd;
    }
    return { text: pieces.join(""), lines, hasNul };
}
/** Maps offsets to 1-based line and column; built once per file. */
class LineIndex {
    starts;
    constructor(lines) {
        this.starts = lines.map((l) => l.start);
    }
    /** 1-based line and column (in characters) of an offset. */
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const start = this.starts[lo] ?? 0;
        return { line: lo + 1, column: offset - start + 1 };
    }
}

;// CONCATENATED MODULE: ./build/src/core/syntax/parser.js
/**
 * The unit-file parser: systemd.syntax(7) as systemd 252's config_parse() reads it.
 *
 * - A line whose first non-blank character is '#' or ';' is a comment, also inside a
 *   continuation (it is skipped and the continuation goes on). A '#' later in a line is text.
 * - A line ending in an unescaped backslash continues on the next line; the backslash becomes a
 *   space and the next line is appended as it is (leading blanks included).
 * - A UTF-8 byte order mark is dropped from the first line that has one.
 * - Key and value are cut at the first '=' and stripped of " \t\n\r" (nothing else).
 *
 * It never throws: every line becomes an entry, broken lines carry a diagnostic with a stable
 * code, and nothing is lost (comments and blank lines are entries too), so a fix can keep the
 * author's formatting.
 */

/** systemd's LONG_LINE_MAX: a longer (joined) line makes the whole file fail to load. */
const LONG_LINE_MAX = 1024 * 1024;
const BOM = "\uFEFF";
function isBlank(ch) {
    return ch === " " || ch === "\t" || ch === "\n" || ch === "\r";
}
/** strstrip(): the span of `text[start, end)` without leading and trailing " \t\n\r". */
function stripSpan(text, start, end) {
    while (start < end && isBlank(text[start]))
        start++;
    while (end > start && isBlank(text[end - 1]))
        end--;
    return { start, end };
}
function strip(s) {
    const span = stripSpan(s, 0, s.length);
    return s.slice(span.start, span.end);
}
function parseUnitFile(path, input) {
    const source = decodeSource(input);
    return parseSource(path, source);
}
function parseSource(path, source) {
    const { text, lines } = source;
    const entries = [];
    const diagnostics = [];
    let section = null;
    let bomSeen = false;
    let pieces = null;
    let continuationLength = 0;
    let continuationFirstLine = 0;
    const addDiagnostic = (code, message, span, reportLine, fatal = false) => {
        const d = { code, message, span, reportLine, fatal, section };
        diagnostics.push(d);
        return d;
    };
    const broken = (d, firstLine) => entries.push({
        kind: "broken",
        span: d.span,
        firstLine,
        reportLine: d.reportLine,
        diagnostic: d,
    });
    const logicalLine = (ps, firstLine, reportLine, invalidUtf8) => {
        // One physical line (the usual case) is its own text: no join, offsets shift by one amount.
        const single = ps.length === 1 ? ps[0] : null;
        const joined = single ? single.text : ps.map((p) => p.text).join("");
        // Map an offset in `joined` back to the source.
        const toSource = (offset) => {
            if (single)
                return single.sourceOffset + offset;
            let acc = 0;
            for (const p of ps) {
                if (offset <= acc + p.text.length)
                    return p.sourceOffset + (offset - acc);
                acc += p.text.length;
            }
            const last = ps[ps.length - 1];
            return last.sourceOffset + last.text.length;
        };
        const stripped = stripSpan(joined, 0, joined.length);
        const whole = { start: toSource(stripped.start), end: toSource(stripped.end) };
        const l = joined.slice(stripped.start, stripped.end);
        if (l === "")
            return;
        if (invalidUtf8 || hasNonCharacter(l)) {
            const shown = [...l]
                .map((ch) => (isValidUnichar(ch.codePointAt(0)) ? ch : "\uFFFD"))
                .join("");
            broken(addDiagnostic("invalid-utf8", `String is not UTF-8 clean, ignoring assignment: ${shown}`, whole, reportLine, true), firstLine);
            return;
        }
        if (l.startsWith("[")) {
            if (!l.endsWith("]") || l.length < 2) {
                broken(addDiagnostic("invalid-section-header", `Invalid section header '${l}'`, whole, reportLine, true), firstLine);
                return;
            }
            const name = l.slice(1, -1);
            if (!isSafeString(name)) {
                broken(addDiagnostic("unsafe-section-name", `Bad characters in section header '${l}'`, whole, reportLine, true), firstLine);
                return;
            }
            section = name;
            entries.push({ kind: "section", name, span: whole, firstLine });
            return;
        }
        if (section === null) {
            broken(addDiagnostic("outside-section", "Assignment outside of section. Ignoring.", whole, reportLine), firstLine);
            return;
        }
        const eq = l.indexOf("=");
        if (eq < 0) {
            broken(addDiagnostic("missing-equals", "Missing '=', ignoring line.", whole, reportLine), firstLine);
            return;
        }
        if (eq === 0) {
            broken(addDiagnostic("missing-key", "Missing key name before '=', ignoring line.", whole, reportLine), firstLine);
            return;
        }
        const base = stripped.start;
        const keyLocal = stripSpan(joined, base, base + eq);
        const valueLocal = stripSpan(joined, base + eq + 1, stripped.end);
        const value = joined.slice(valueLocal.start, valueLocal.end);
        entries.push({
            kind: "assignment",
            section,
            key: joined.slice(keyLocal.start, keyLocal.end),
            value,
            span: whole,
            keySpan: { start: toSource(keyLocal.start), end: toSource(keyLocal.end) },
            valueSpan: value === ""
                ? { start: toSource(base + eq + 1), end: toSource(base + eq + 1) }
                : { start: toSource(valueLocal.start), end: toSource(valueLocal.end) },
            segments: valueSegments(ps, valueLocal),
            reportLine,
            firstLine,
        });
    };
    let continuationInvalid = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        let start = line.start;
        // The first character that is not blank, read in place (most lines need no copy of their own).
        let first = line.start;
        while (first < line.end && isBlank(text[first]))
            first++;
        const firstNonBlank = first < line.end ? text[first] : undefined;
        if (firstNonBlank === "#" || firstNonBlank === ";") {
            const span = stripSpan(text, line.start, line.end);
            entries.push({
                kind: "comment",
                text: text.slice(span.start, span.end),
                span,
                firstLine: i,
                inContinuation: pieces !== null,
            });
            continue;
        }
        if (!bomSeen && text.startsWith(BOM, line.start)) {
            bomSeen = true;
            start += BOM.length;
        }
        let lineText = text.slice(start, line.end);
        const rawLength = line.end - line.start;
        if ((pieces !== null && continuationLength + lineText.length > LONG_LINE_MAX) ||
            (rawLength * 3 >= LONG_LINE_MAX &&
                byteLength(text.slice(line.start, line.end)) >= LONG_LINE_MAX)) {
            broken(addDiagnostic("line-too-long", "Line too long", { start, end: line.end }, i, true), i);
            pieces = null;
            continuationLength = 0;
            continue;
        }
        if (endsEscaped(lineText)) {
            lineText = lineText.slice(0, -1) + " ";
            if (pieces === null) {
                pieces = [];
                continuationFirstLine = i;
                continuationInvalid = false;
            }
            pieces.push({ text: lineText, sourceOffset: start });
            continuationLength += lineText.length;
            continuationInvalid ||= line.invalidUtf8;
            continue;
        }
        if (pieces !== null) {
            pieces.push({ text: lineText, sourceOffset: start });
            logicalLine(pieces, continuationFirstLine, i, continuationInvalid || line.invalidUtf8);
            pieces = null;
            continuationLength = 0;
        }
        else {
            logicalLine([{ text: lineText, sourceOffset: start }], i, i, line.invalidUtf8);
        }
    }
    if (pieces !== null) {
        const last = pieces[pieces.length - 1];
        addDiagnostic("unterminated-continuation", "the file ends inside a backslash continuation", { start: last.sourceOffset, end: last.sourceOffset + last.text.length }, lines.length);
        logicalLine(pieces, continuationFirstLine, lines.length, continuationInvalid);
    }
    const assignments = entries.filter((e) => e.kind === "assignment");
    return { path, source, entries, assignments, diagnostics, lineIndex: new LineIndex(lines) };
}
/** Whether the text ends in an unescaped backslash (an odd run of trailing backslashes). */
function endsEscaped(s) {
    let n = 0;
    for (let i = s.length - 1; i >= 0 && s[i] === "\\"; i--)
        n++;
    return n % 2 === 1;
}
/**
 * The UTF-16 units a noncharacter is written with: U+FDD0..U+FDEF, U+FFFE, U+FFFF, and the low
 * surrogates of U+xFFFE and U+xFFFF above the first plane.
 */
const MAY_HOLD_NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF\uDFFE\uDFFF]/;
/** utf8_is_valid() refuses noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) that UTF-8 decoders accept. */
function hasNonCharacter(s) {
    if (!MAY_HOLD_NONCHARACTER.test(s))
        return false;
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if ((c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) === 0xfffe)
            return true;
    }
    return false;
}
/** UTF-8 length of a string (only computed when it could reach the limit). */
function byteLength(s) {
    if (s.length * 3 < LONG_LINE_MAX)
        return s.length;
    let n = 0;
    for (const ch of s) {
        const c = ch.codePointAt(0);
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return n;
}
/** string_is_safe(): no control characters, quotes or backslashes. */
function isSafeString(s) {
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (c < 0x20 || c === 0x7f || ch === "\\" || ch === '"' || ch === "'")
            return false;
    }
    return true;
}
function valueSegments(pieces, value) {
    const segments = [];
    let acc = 0;
    for (const p of pieces) {
        const from = Math.max(value.start, acc);
        const to = Math.min(value.end, acc + p.text.length);
        if (to > from)
            segments.push({
                valueOffset: from - value.start,
                sourceOffset: p.sourceOffset + (from - acc),
                length: to - from,
            });
        acc += p.text.length;
    }
    return segments;
}
/** The source span of `value.slice(start, end)` of an assignment. */
function valueRangeToSpan(a, start, end) {
    const toSource = (offset, preferEnd) => {
        for (const s of a.segments) {
            const inside = preferEnd
                ? offset > s.valueOffset && offset <= s.valueOffset + s.length
                : offset >= s.valueOffset && offset < s.valueOffset + s.length;
            if (inside)
                return s.sourceOffset + (offset - s.valueOffset);
        }
        return preferEnd ? a.valueSpan.end : a.valueSpan.start;
    };
    if (end <= start) {
        const at = toSource(start, false);
        return { start: at, end: at };
    }
    return { start: toSource(start, false), end: toSource(end, true) };
}

;// CONCATENATED MODULE: ./build/src/core/syntax/words.js
/**
 * Value readers: systemd's extract_first_word() and friends, so that a value splits into the
 * same words, with the same quoting and escaping, as systemd 252 splits it. Each word keeps the
 * range it came from in the value, so a finding can point at the word.
 */
const WHITESPACE = " \t\n\r";
const SIMPLE_ESCAPES = {
    a: "\x07",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
    v: "\v",
    "\\": "\\",
    '"': '"',
    "'": "'",
    s: " ",
};
/** cunescape_one(): the length consumed and the character, or null when not a valid escape. */
function cunescapeOne(s, at) {
    const c = s[at];
    if (c === undefined)
        return null;
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined)
        return { length: 1, value: simple };
    const hex = (n, from) => {
        const digits = s.slice(from, from + n);
        return digits.length === n && /^[0-9a-fA-F]+$/.test(digits) ? parseInt(digits, 16) : -1;
    };
    if (c === "x") {
        const v = hex(2, at + 1);
        return v > 0 ? { length: 3, value: String.fromCharCode(v) } : null;
    }
    if (c === "u") {
        const v = hex(4, at + 1);
        return v > 0 ? { length: 5, value: String.fromCodePoint(v) } : null;
    }
    if (c === "U") {
        const v = hex(8, at + 1);
        return v > 0 && v <= 0x10ffff ? { length: 9, value: String.fromCodePoint(v) } : null;
    }
    if (c >= "0" && c <= "7") {
        const digits = s.slice(at, at + 3);
        if (!/^[0-7]{3}$/.test(digits))
            return null;
        const v = parseInt(digits, 8);
        return v > 0 && v <= 255 ? { length: 3, value: String.fromCharCode(v) } : null;
    }
    return null;
}
/**
 * extract_first_word(): reads one word from `s` at `from`, separators coalesced. Mirrors the C
 * state machine case by case, including where it fails (unbalanced quote, trailing backslash).
 */
function extractWord(s, from, flags = {}, separators = WHITESPACE) {
    let p = from;
    while (p < s.length && separators.includes(s[p]))
        p++;
    if (p >= s.length)
        return { kind: "end" };
    const start = p;
    let out = "";
    let quote = null;
    let backslash = false;
    for (;;) {
        const c = s[p];
        if (backslash) {
            if (c === undefined) {
                if (flags.unescapeRelax && (quote === null || flags.relax)) {
                    out += "\\";
                    return { kind: "word", word: { text: out, start, end: p }, next: p };
                }
                if (flags.relax)
                    return { kind: "word", word: { text: out, start, end: p }, next: p };
                return { kind: "error", at: p };
            }
            if (flags.cunescape) {
                const esc = cunescapeOne(s, p);
                if (esc) {
                    out += esc.value;
                    p += esc.length - 1;
                }
                else if (flags.unescapeRelax) {
                    out += "\\" + c;
                }
                else {
                    return { kind: "error", at: p };
                }
            }
            else {
                out += c;
            }
            backslash = false;
            p++;
            continue;
        }
        if (quote !== null) {
            if (c === undefined) {
                if (flags.relax)
                    return { kind: "word", word: { text: out, start, end: p }, next: p };
                return { kind: "error", at: p };
            }
            if (c === quote) {
                quote = null;
                if (!flags.unquote)
                    out += c;
                p++;
                continue;
            }
            if (c === "\\" && !flags.retainEscape) {
                backslash = true;
                p++;
                continue;
            }
            // A run of plain characters inside the quotes is taken whole.
            let q = p + 1;
            while (q < s.length && s[q] !== quote && !(s[q] === "\\" && !flags.retainEscape))
                q++;
            out += s.slice(p, q);
            p = q;
            continue;
        }
        if (c === undefined)
            return { kind: "word", word: { text: out, start, end: p }, next: p };
        if ((c === "'" || c === '"') && flags.unquote) {
            quote = c;
            p++;
            continue;
        }
        if (c === "\\" && !flags.retainEscape) {
            backslash = true;
            p++;
            continue;
        }
        if (separators.includes(c)) {
            const end = p;
            while (p < s.length && separators.includes(s[p]))
                p++;
            return { kind: "word", word: { text: out, start, end }, next: p };
        }
        // A run of plain characters (no quote, backslash or separator) is taken whole.
        let q = p + 1;
        for (; q < s.length; q++) {
            const d = s[q];
            if (((d === "'" || d === '"') && flags.unquote) ||
                (d === "\\" && !flags.retainEscape) ||
                separators.includes(d))
                break;
        }
        out += s.slice(p, q);
        p = q;
    }
}
/** Every word of a value, stopping at the first syntax error as systemd's loops do. */
function splitWords(s, flags = { unquote: true }, separators = WHITESPACE) {
    const words = [];
    let at = 0;
    for (;;) {
        const r = extractWord(s, at, flags, separators);
        if (r.kind === "end")
            return { words, errorAt: null };
        if (r.kind === "error")
            return { words, errorAt: r.at };
        words.push(r.word);
        at = r.next;
    }
}
/** parse_boolean(): yes/no/true/false/on/off/1/0 and y/n/t/f, case-insensitive. */
function parseBoolean(v) {
    switch (v.toLowerCase()) {
        case "1":
        case "yes":
        case "y":
        case "true":
        case "t":
        case "on":
            return true;
        case "0":
        case "no":
        case "n":
        case "false":
        case "f":
        case "off":
            return false;
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./build/src/core/units/names.js
/** Unit names as systemd 252 reads them: types, templates, instances, prefixes, escaping. */
const UNIT_TYPES = [
    "service",
    "socket",
    "target",
    "device",
    "mount",
    "automount",
    "swap",
    "timer",
    "path",
    "slice",
    "scope",
];
const UNIT_NAME_MAX = 255;
const VALID_CHARS = /^[0-9A-Za-z:\-_.\\]+$/;
const VALID_CHARS_WITH_AT = /^[0-9A-Za-z:\-_.\\@]+$/;
function unitTypeOf(name) {
    const dot = name.lastIndexOf(".");
    if (dot < 0)
        return null;
    const suffix = name.slice(dot + 1);
    return UNIT_TYPES.includes(suffix) ? suffix : null;
}
/** unit_name_is_valid() for plain, template and instance names; null when not a unit name. */
function parseUnitName(name) {
    if (name.length === 0 || name.length > UNIT_NAME_MAX)
        return null;
    const type = unitTypeOf(name);
    if (!type)
        return null;
    const stem = name.slice(0, name.lastIndexOf("."));
    if (stem.length === 0)
        return null;
    const at = stem.indexOf("@");
    if (at < 0) {
        return VALID_CHARS.test(stem) ? { name, type, prefix: stem, instance: null } : null;
    }
    if (at === 0)
        return null;
    const prefix = stem.slice(0, at);
    const instance = stem.slice(at + 1);
    if (!VALID_CHARS.test(prefix))
        return null;
    if (instance !== "" && !VALID_CHARS_WITH_AT.test(instance))
        return null;
    return { name, type, prefix, instance };
}
function isTemplate(u) {
    return u.instance === "";
}
function templateOf(u) {
    return u.instance === null ? null : `${u.prefix}@.${u.type}`;
}
function withInstance(u, instance) {
    return { ...u, name: `${u.prefix}@${instance}.${u.type}`, instance };
}
/** unit_name_unescape(): `\xNN` becomes the byte, `-` becomes `/`. */
function unescapeUnitName(s) {
    let out = "";
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === "-")
            out += "/";
        else if (c === "\\" && s[i + 1] === "x" && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 2, i + 4))) {
            out += String.fromCharCode(parseInt(s.slice(i + 2, i + 4), 16));
            i += 3;
        }
        else
            out += c;
    }
    return out;
}
/** unit_name_path_unescape(): an unescaped name as an absolute path. */
function unescapeUnitPath(s) {
    if (s === "-")
        return "/";
    const u = unescapeUnitName(s);
    return u.startsWith("/") ? u : "/" + u;
}
/**
 * The drop-in directory names systemd searches for a unit, most specific first, as
 * unit_file_find_dirs() builds them: the name, its template, then each dash prefix
 * (`a-b-c.service` -> `a-b-.service`, `a-.service`) with its template, then the type (`service`).
 */
function dropinDirNames(u) {
    const names = [];
    const visit = (name) => {
        names.push(`${name}.d`);
        const parsed = parseUnitName(name);
        if (!parsed)
            return;
        if (parsed.instance !== null && parsed.instance !== "")
            visit(`${parsed.prefix}@.${parsed.type}`);
        let prefix = parsed.prefix;
        let chopped = false;
        for (;;) {
            const dash = prefix.lastIndexOf("-");
            if (dash <= 0)
                return;
            if (dash + 1 < prefix.length || chopped) {
                prefix = prefix.slice(0, dash + 1);
                break;
            }
            prefix = prefix.slice(0, dash);
            chopped = true;
        }
        if (!VALID_CHARS.test(prefix))
            return;
        const built = parsed.instance
            ? `${prefix}@${parsed.instance}.${parsed.type}`
            : `${prefix}.${parsed.type}`;
        visit(built);
    };
    visit(u.name);
    names.push(`${u.type}.d`);
    return names;
}
/** valid_user_group_name() in strict mode, as user_from_unit_name() requires for DynamicUser=. */
function isStrictUserName(s) {
    return (s.length > 0 && s.length <= 31 && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) && !/^[0-9]+$/.test(s));
}

;// CONCATENATED MODULE: ./build/src/core/syntax/specifiers.js
/**
 * Specifier expansion (`%i`, `%n`, `%h`, …) as systemd 252's unit_full_printf() does it for a
 * unit of the system manager, offline. Values that depend on the host running the unit
 * (`%H`, `%m`, `%b`, …) cannot be known here: they expand to a stable placeholder and the
 * result says so.
 */

const HOST_DEPENDENT = new Set(["A", "b", "B", "H", "l", "m", "M", "o", "q", "v", "w", "W"]);
function lastDashComponent(prefix) {
    const dash = prefix.lastIndexOf("-");
    return dash < 0 ? prefix : prefix.slice(dash + 1);
}
function fixedValue(letter, ctx) {
    const u = ctx.unit;
    const stem = u.name.slice(0, u.name.lastIndexOf("."));
    switch (letter) {
        case "n":
            return u.name;
        case "N":
            return stem;
        case "p":
            return u.prefix;
        case "P":
            return unescapeUnitName(u.prefix);
        case "i":
            return u.instance ?? "";
        case "I":
            return unescapeUnitName(u.instance ?? "");
        case "j":
            return lastDashComponent(u.prefix);
        case "J":
            return unescapeUnitName(lastDashComponent(u.prefix));
        case "f":
            return unescapeUnitPath(u.instance ? u.instance : u.prefix);
        case "y":
            return ctx.fragmentPath ?? "";
        case "Y":
            return ctx.fragmentPath
                ? ctx.fragmentPath.slice(0, ctx.fragmentPath.lastIndexOf("/")) || "/"
                : "";
        case "a":
            return "x86-64";
        case "C":
            return "/var/cache";
        case "d":
            return `/run/credentials/${u.name}`;
        case "E":
            return "/etc";
        case "L":
            return "/var/log";
        case "S":
            return "/var/lib";
        case "t":
            return "/run";
        case "T":
            return "/tmp";
        case "V":
            return "/var/tmp";
        case "h":
            return "/root";
        case "s":
            return "/bin/sh"; // root's shell from passwd: host dependent, but never a security value
        case "u":
            return "root";
        case "U":
            return "0";
        case "g":
            return "root";
        case "G":
            return "0";
        // Deprecated in 252 (systemd logs a notice), but still expanded.
        case "c":
            return `/${u.name}`;
        case "r":
            return "";
        case "R":
            return "";
        default:
            return undefined;
    }
}
function expandSpecifiers(s, ctx) {
    if (!s.includes("%"))
        return { ok: true, value: s, hostDependent: false };
    let out = "";
    let hostDependent = false;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c !== "%") {
            out += c;
            continue;
        }
        const letter = s[i + 1];
        i++;
        if (letter === undefined) {
            // A trailing '%' is kept as it is.
            out += "%";
            break;
        }
        if (letter === "%") {
            out += "%";
            continue;
        }
        const fixed = fixedValue(letter, ctx);
        if (fixed !== undefined) {
            out += fixed;
            continue;
        }
        if (HOST_DEPENDENT.has(letter)) {
            hostDependent = true;
            out += `%${letter}`;
            continue;
        }
        // Only letters and digits are specifiers; `%` before anything else stays as it is.
        if (!/[A-Za-z0-9]/.test(letter)) {
            out += `%${letter}`;
            continue;
        }
        return { ok: false, specifier: `%${letter}` };
    }
    return { ok: true, value: out, hostDependent };
}

;// CONCATENATED MODULE: ./build/src/core/units/command.js
/** Exec*= command lines, as config_parse_exec() reads them. */


function isFilename(s) {
    return s !== "" && s !== "." && s !== ".." && !s.includes("/") && s.length <= 255;
}
/**
 * config_parse_exec(): one Exec*= line, which may hold several commands separated by `;`. Only
 * what decides whether systemd accepts the unit is kept: how many commands, and fatal errors.
 */
function parseCommand(ctx, key) {
    const list = ctx.settings.commands.get(key) ?? [];
    ctx.settings.commands.set(key, list);
    const value = ctx.value;
    if (value === "") {
        list.length = 0;
        return;
    }
    const flags = { unquote: true, cunescape: true };
    let p = 0;
    let semicolon;
    do {
        semicolon = false;
        let r = extractWord(value, p, flags);
        if (r.kind === "error")
            r = extractWord(value, p, { ...flags, unescapeRelax: true });
        if (r.kind === "error") {
            ctx.warn("invalid-syntax", `Unbalanced quoting, ignoring: "${value}"`, value);
            return;
        }
        if (r.kind === "end")
            return;
        p = r.next;
        if (r.word.text === ";") {
            semicolon = true;
            continue;
        }
        let f = r.word.text;
        let ignore = false;
        let argv0 = false;
        let noEnv = false;
        let privileged = 0;
        for (;;) {
            const c = f[0];
            if (c === "-" && !ignore)
                ignore = true;
            else if (c === "@" && !argv0)
                argv0 = true;
            else if (c === ":" && !noEnv)
                noEnv = true;
            else if (c === "+" && privileged === 0)
                privileged = 1;
            else if (c === "!" && privileged === 0)
                privileged = 2;
            else if (c === "!" && privileged === 2)
                privileged = 3;
            else
                break;
            f = f.slice(1);
        }
        const suffix = ignore ? ", ignoring" : "";
        if (privileged === 3 && ctx.release.doubleBang === "ignored") {
            ctx.warn("removed-modifier", `The !! modifier for ${key}= lines is no longer supported and is now ignored. Please update your unit files and remove the modifier.`, "!!");
        }
        const fail = (message) => ctx.warn("invalid-command", message, f, undefined, !ignore);
        const path = expandSpecifiers(f, ctx.specifiers);
        if (!path.ok)
            return fail(`Failed to resolve unit specifiers in '${f}'${suffix}: Invalid slot`);
        if (path.value === "")
            return fail(`Empty path in command line${suffix}: '${value}'`);
        // eslint-disable-next-line no-control-regex -- systemd refuses control characters in a path
        if (/[\x00-\x1f\x7f"'\\]/.test(path.value))
            return fail(`Executable name contains special characters${suffix}: ${path.value}`);
        if (path.value.endsWith("/"))
            return fail(`Executable path specifies a directory${suffix}: ${path.value}`);
        if (!(path.value.startsWith("/") ? path.value.length < 4096 : isFilename(path.value))) {
            return fail(`Neither a valid executable name nor an absolute path${suffix}: ${path.value}`);
        }
        let args = argv0 ? 0 : 1;
        while (p < value.length) {
            const rest = value.slice(p);
            if (/^;([ \t\n\r]|$)/.test(rest)) {
                p += 1;
                while (p < value.length && " \t\n\r".includes(value[p]))
                    p++;
                semicolon = true;
                break;
            }
            if (/^\\;([ \t\n\r]|$)/.test(rest)) {
                p += 2;
                while (p < value.length && " \t\n\r".includes(value[p]))
                    p++;
                args++;
                continue;
            }
            let w = extractWord(value, p, flags);
            if (w.kind === "error")
                w = extractWord(value, p, { ...flags, unescapeRelax: true });
            if (w.kind === "end")
                break;
            if (w.kind === "error") {
                ctx.warn("invalid-syntax", `Unbalanced quoting, ignoring: "${value}"`, value, undefined, !ignore);
                return;
            }
            p = w.next;
            const arg = expandSpecifiers(w.word.text, ctx.specifiers);
            // From 257 the argument is quoted in the message.
            const q = ctx.release.parseErrors === "classic" ? "" : "'";
            if (!arg.ok)
                return fail(`Failed to resolve unit specifiers in ${q}${w.word.text}${q}${suffix}: Invalid slot`);
            args++;
        }
        if (args === 0)
            return fail(`Empty executable name or zeroeth argument${suffix}: ${value}`);
        list.push(ctx.at);
    } while (semicolon);
}

;// CONCATENATED MODULE: ./build/src/core/units/ip.js
/**
 * IP address prefixes as IPAddressAllow=/IPAddressDeny= read them: inet_pton() for IPv4 and
 * IPv6, a prefix length, and the shortcut words (`any`, `localhost`, `link-local`, `multicast`).
 */

/** inet_pton() for IPv4: four decimal parts 0..255, no leading zeros. */
function parseIPv4(s) {
    const parts = s.split(".");
    if (parts.length !== 4)
        return null;
    const out = [];
    for (const p of parts) {
        if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p.startsWith("0")))
            return null;
        const n = Number(p);
        if (n > 255)
            return null;
        out.push(n);
    }
    return out;
}
/** inet_pton() for IPv6, including `::` and a trailing dotted IPv4 part. */
function parseIPv6(s) {
    if (!/^[0-9A-Fa-f:.]+$/.test(s))
        return null;
    const dbl = s.indexOf("::");
    if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0)
        return null;
    const parseGroups = (part) => {
        if (part === "")
            return [];
        const groups = part.split(":");
        const out = [];
        for (let i = 0; i < groups.length; i++) {
            const g = groups[i];
            if (i === groups.length - 1 && g.includes(".")) {
                const v4 = parseIPv4(g);
                if (!v4)
                    return null;
                out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
            }
            else {
                if (!/^[0-9A-Fa-f]{1,4}$/.test(g))
                    return null;
                out.push(parseInt(g, 16));
            }
        }
        return out;
    };
    let groups;
    if (dbl >= 0) {
        const head = parseGroups(s.slice(0, dbl));
        const tail = parseGroups(s.slice(dbl + 2));
        if (!head || !tail || head.length + tail.length > 7)
            return null;
        groups = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
    }
    else {
        const all = parseGroups(s);
        if (!all || all.length !== 8)
            return null;
        groups = all;
    }
    return groups.flatMap((g) => [g >> 8, g & 0xff]);
}
function parsePrefix(word) {
    const slash = word.indexOf("/");
    const addr = slash < 0 ? word : word.slice(0, slash);
    const v4 = parseIPv4(addr);
    const bytes = v4 ?? parseIPv6(addr);
    if (!bytes)
        return null;
    const family = v4 ? 4 : 6;
    const max = family === 4 ? 32 : 128;
    let prefixLength = max;
    if (slash >= 0) {
        const len = parseIntAuto(word.slice(slash + 1));
        if (len === null || len < 0 || len > max || /^[ \t\n\r+-]/.test(word.slice(slash + 1)))
            return null;
        prefixLength = len;
    }
    // The address is stored masked to its prefix.
    const masked = bytes.map((b, i) => {
        const bits = Math.max(0, Math.min(8, prefixLength - i * 8));
        return b & ((0xff << (8 - bits)) & 0xff);
    });
    return { family, bytes: masked, prefixLength };
}
const SHORTCUTS = {
    any: ["0.0.0.0/0", "::/0"],
    "link-local": ["169.254.0.0/16", "fe80::/64"],
    multicast: ["224.0.0.0/4", "ff00::/8"],
};
function isLocalhostName(word) {
    const w = word.toLowerCase().replace(/\.$/, "");
    return (w === "localhost" ||
        w === "localhost.localdomain" ||
        w.endsWith(".localhost") ||
        w.endsWith(".localhost.localdomain"));
}

;// CONCATENATED MODULE: ./build/src/core/units/options-context.js
/**
 * What an option parser gets (the assignment, the settings to change, a logger) and the steps
 * systemd's parsers share: splitting a value into words, expanding specifiers, the `~` and empty
 * prologues of list settings, and the wording of a parse error in each release.
 */



/**
 * What the release logs for a value it cannot parse: the parser's own text (`classic`, 252-256),
 * or from 257 "Failed to parse KEY=VALUE, ignoring: <errno text>".
 */
function parseErrorText(ctx, classic, errno = "Invalid argument") {
    return ctx.release.parseErrors === "classic"
        ? classic
        : `Failed to parse ${ctx.at.assignment.key}=${ctx.value}, ignoring: ${errno}`;
}
function wordRange(w, offset) {
    return { start: w.start + offset, end: w.end + offset };
}
/**
 * Splits the value into words as the option's loop does: a quoting error logs systemd's
 * "Invalid syntax" and ends the loop, the words before it still apply. Parsers that drop the
 * whole line on such an error check `complete`.
 */
function wordsOf(ctx, text, offset, unquote) {
    const { words, errorAt } = splitWords(text, { unquote });
    const result = words;
    result.complete = errorAt === null;
    if (errorAt !== null)
        ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${text}`, text, {
            start: offset,
            end: offset + text.length,
        });
    return result;
}
/**
 * Expands specifiers, logging systemd's message when one cannot be resolved. `quote` is how the
 * setting's parser quotes the text in that message, which differs from parser to parser.
 */
function options_context_expand(ctx, text, opts = {}) {
    const r = expandSpecifiers(text, ctx.specifiers);
    if (r.ok)
        return r.value;
    const q = opts.quote ?? "";
    const fatal = opts.fatal ?? false;
    ctx.warn("unresolved-specifier", `Failed to resolve unit specifiers in ${q}${text}${q}${fatal ? "" : ", ignoring"}: Invalid slot`, r.specifier, opts.range, fatal);
    return null;
}
/**
 * The prologue of systemd's list settings: a leading `~` inverts the list (a deny list instead of
 * an allow list); `offset` is where the words start in the value.
 */
/**
 * The prologue of settings that an empty assignment resets to a default: for an empty value, sets
 * `empty`, records the assignment and returns true (the parser is done); otherwise changes nothing.
 */
function resetOnEmpty(ctx, t, empty) {
    if (ctx.value !== "")
        return false;
    t.value = empty;
    t.src = ctx.at;
    return true;
}
function invertedList(raw) {
    return raw.startsWith("~")
        ? { invert: true, value: raw.slice(1), offset: 1 }
        : { invert: false, value: raw, offset: 0 };
}
/** The warning's span in the source, for a range in the value. */
function warningSpan(a, range) {
    return range
        ? valueRangeToSpan(a, range.start, range.end)
        : a.valueSpan.end > a.valueSpan.start
            ? a.valueSpan
            : a.span;
}

;// CONCATENATED MODULE: ./build/src/core/units/settings.js
const tracked = (value) => ({ value, src: undefined });
const CAP_ALL = (1n << 64n) - 1n;
/** Each capability's bit of a mask, made once: BigInt shifts allocate. */
const CAP_BIT = Array.from({ length: 64 }, (_, n) => 1n << BigInt(n));
const NAMESPACE_TYPES = [
    "cgroup",
    "ipc",
    "net",
    "mnt",
    "pid",
    "user",
    "uts",
];
function defaultSettings() {
    const bool = () => tracked(false);
    return {
        defaultDependencies: tracked(true),
        user: tracked(null),
        dynamicUser: bool(),
        supplementaryGroups: tracked([]),
        capabilityBoundingSet: { mask: CAP_ALL, srcByBit: [] },
        ambientCapabilities: { mask: 0n, srcByBit: [] },
        bools: {
            privateDevices: bool(),
            privateMounts: bool(),
            privateNetwork: bool(),
            privateTmp: bool(),
            privateUsers: bool(),
            protectControlGroups: bool(),
            protectKernelModules: bool(),
            protectKernelTunables: bool(),
            protectKernelLogs: bool(),
            protectClock: bool(),
            protectHostname: bool(),
            lockPersonality: bool(),
            memoryDenyWriteExecute: bool(),
            noNewPrivileges: bool(),
            restrictRealtime: bool(),
            restrictSuidSgid: bool(),
            removeIpc: bool(),
        },
        modes: {},
        protectHome: tracked("no"),
        protectSystem: tracked("no"),
        protectProc: tracked("default"),
        procSubset: tracked("all"),
        keyringMode: tracked("private"),
        notifyAccess: tracked(null),
        umask: tracked(0o022),
        rootDirectory: tracked(null),
        rootImage: tracked(null),
        mountImages: bool(),
        credentials: { load: new Map(), set: new Map() },
        encryptedCredentials: bool(),
        delegate: bool(),
        restrictNamespaces: { allowed: null, srcByType: new Map() },
        restrictAddressFamilies: { allowList: false, families: null, src: undefined },
        systemCallArchitectures: tracked(new Set()),
        systemCallFilter: { allowList: false, entries: null, src: undefined },
        ipAddressDeny: tracked([]),
        ipAddressAllow: tracked([]),
        ipIngressFilterPath: tracked([]),
        ipEgressFilterPath: tracked([]),
        devicePolicy: tracked("auto"),
        deviceAllow: { entries: [], src: undefined },
        commands: new Map(),
        workingDirectory: null,
        pidFile: null,
        serviceType: tracked(null),
        restart: tracked(null),
        busName: tracked(null),
        successAction: tracked(null),
    };
}
/**
 * A copy of `s` that shares nothing the option parsers change in place with it (arrays, sets,
 * maps, the system call entries): reading more files into either leaves the other as it was.
 * Sources (Located) and parsed values are never changed, and are shared. Keep it beside
 * defaultSettings: a field added there is copied here (a test checks that nothing is shared).
 */
function copySettings(s) {
    const t = (x) => ({ value: x.value, src: x.src });
    const list = (x) => ({ value: x.value.slice(), src: x.src });
    const caps = (c) => ({
        mask: c.mask,
        srcByBit: c.srcByBit.slice(),
    });
    const bools = {};
    for (const k of Object.keys(s.bools))
        bools[k] = t(s.bools[k]);
    const ns = s.restrictNamespaces;
    const raf = s.restrictAddressFamilies;
    const scf = s.systemCallFilter;
    return {
        defaultDependencies: t(s.defaultDependencies),
        user: t(s.user),
        dynamicUser: t(s.dynamicUser),
        supplementaryGroups: list(s.supplementaryGroups),
        capabilityBoundingSet: caps(s.capabilityBoundingSet),
        ambientCapabilities: caps(s.ambientCapabilities),
        bools,
        modes: { ...s.modes },
        protectHome: t(s.protectHome),
        protectSystem: t(s.protectSystem),
        protectProc: t(s.protectProc),
        procSubset: t(s.procSubset),
        keyringMode: t(s.keyringMode),
        notifyAccess: t(s.notifyAccess),
        umask: t(s.umask),
        rootDirectory: t(s.rootDirectory),
        rootImage: t(s.rootImage),
        mountImages: t(s.mountImages),
        credentials: { load: new Map(s.credentials.load), set: new Map(s.credentials.set) },
        encryptedCredentials: t(s.encryptedCredentials),
        delegate: t(s.delegate),
        restrictNamespaces: {
            allowed: ns.allowed && new Set(ns.allowed),
            srcByType: new Map(ns.srcByType),
        },
        restrictAddressFamilies: {
            allowList: raf.allowList,
            families: raf.families && new Set(raf.families),
            src: raf.src,
        },
        systemCallArchitectures: {
            value: new Set(s.systemCallArchitectures.value),
            src: s.systemCallArchitectures.src,
        },
        systemCallFilter: {
            allowList: scf.allowList,
            entries: scf.entries?.copy() ?? null,
            src: scf.src,
        },
        ipAddressDeny: list(s.ipAddressDeny),
        ipAddressAllow: list(s.ipAddressAllow),
        ipIngressFilterPath: list(s.ipIngressFilterPath),
        ipEgressFilterPath: list(s.ipEgressFilterPath),
        devicePolicy: t(s.devicePolicy),
        deviceAllow: { entries: s.deviceAllow.entries.slice(), src: s.deviceAllow.src },
        commands: new Map([...s.commands].map(([k, v]) => [k, v.slice()])),
        workingDirectory: s.workingDirectory,
        pidFile: s.pidFile,
        serviceType: t(s.serviceType),
        restart: t(s.restart),
        busName: t(s.busName),
        successAction: t(s.successAction),
    };
}

;// CONCATENATED MODULE: ./build/src/core/units/syscalls.js
/**
 * The system call tables SystemCallFilter= works on: which names a release's libseccomp knows,
 * the groups with their members, errno names, and the entries a filter holds.
 */



const ARCHITECTURES = new Set(SECCOMP_ARCHITECTURES);
/** Whether the libseccomp a release links (2.5.4 for 252 on x86-64) knows a syscall name. */
function syscallKnown(name, release = releaseOf()) {
    if (release.nativeSyscalls.has(name))
        return "native";
    if (release.foreignSyscalls.has(name))
        return "foreign";
    return null;
}
const ERRNO_BY_NAME = new Map(Object.entries(ERRNO_NUMBERS).map(([k, v]) => [k.toUpperCase(), v]));
/** seccomp_parse_errno_or_action(): "kill", an errno name in any case, or a number 0..4095. */
function parseErrno(s) {
    if (s === "kill")
        return 4096 + 1;
    const named = ERRNO_BY_NAME.get(s.toUpperCase());
    if (named !== undefined)
        return named;
    const n = parseIntAuto(s);
    return n !== null && n >= 0 && n <= 4095 ? n : null;
}
/** Every name any release's libseccomp knows, so one index serves all releases. */
const SYSCALL_NAMES = everySyscallName();
const SYSCALL_INDEX = new Map(SYSCALL_NAMES.map((name, i) => [name, i]));
const ABSENT = -2;
/**
 * The system calls a SystemCallFilter= names, each with its errno (-1: none): a map from name
 * to errno, kept as an array over the known names so that a group of hundreds is one loop.
 */
class SyscallEntries {
    errnos = new Int32Array(SYSCALL_NAMES.length).fill(ABSENT);
    count = 0;
    get size() {
        return this.count;
    }
    /** An independent copy. */
    copy() {
        const c = new SyscallEntries();
        c.errnos.set(this.errnos);
        c.count = this.count;
        return c;
    }
    get(name) {
        const i = SYSCALL_INDEX.get(name);
        if (i === undefined)
            return undefined;
        const e = this.errnos[i];
        return e === ABSENT ? undefined : e;
    }
    /** Sets (or, for undefined, removes) the entries of some system calls by number. */
    put(indices, errno) {
        const value = errno ?? ABSENT;
        for (let k = 0; k < indices.length; k++) {
            const i = indices[k];
            const was = this.errnos[i];
            if (was === ABSENT && value !== ABSENT)
                this.count++;
            else if (was !== ABSENT && value === ABSENT)
                this.count--;
            this.errnos[i] = value;
        }
    }
    /** The names with their errnos, in numbering order. */
    *entries() {
        for (let i = 0; i < this.errnos.length; i++)
            if (this.errnos[i] !== ABSENT)
                yield [SYSCALL_NAMES[i], this.errnos[i]];
    }
}
const GROUP_SYSCALLS = new Map();
/** Each group's members, nested groups expanded, keeping only names the release's libseccomp knows (systemd skips the rest). */
function groupSyscalls(release) {
    let groups = GROUP_SYSCALLS.get(release);
    if (groups)
        return groups;
    const known = (m) => release.nativeSyscalls.has(m) || release.foreignSyscalls.has(m);
    groups = new Map(Object.keys(release.syscallGroups).map((g) => {
        const out = [];
        const walk = (name) => {
            for (const m of release.syscallGroups[name].members) {
                if (m.startsWith("@"))
                    walk(m);
                else if (known(m))
                    out.push(SYSCALL_INDEX.get(m));
            }
        };
        walk(g);
        return [g, Int32Array.from(out)];
    }));
    GROUP_SYSCALLS.set(release, groups);
    return groups;
}
function addSyscall(release, entries, name, errno, invert, allowList) {
    const single = syscallKnown(name, release) ? SYSCALL_INDEX.get(name) : undefined;
    const members = name.startsWith("@")
        ? groupSyscalls(release).get(name)
        : single !== undefined
            ? Int32Array.of(single)
            : undefined;
    if (!members)
        return false;
    const put = !invert === allowList || (invert && allowList && errno >= 0);
    entries.put(members, put ? errno : undefined);
    return true;
}

;// CONCATENATED MODULE: ./build/src/core/units/users.js
/** User and group names as User= and SupplementaryGroups= accept them. */
/** parse_uid(): a decimal uid without sign or leading zero, not -1 and not 65535. */
function isNumericUid(s) {
    if (!/^(0|[1-9][0-9]*)$/.test(s))
        return false;
    const n = Number(s);
    return n < 4294967295 && n !== 65535;
}
/** valid_user_group_name() with VALID_USER_RELAX|VALID_USER_ALLOW_NUMERIC: what User= accepts. */
function isRelaxedUserName(s) {
    if (s === "")
        return false;
    if (isNumericUid(s))
        return true;
    if (s.startsWith(" ") || s.endsWith(" "))
        return false;
    // eslint-disable-next-line no-control-regex -- valid_user_group_name() refuses control characters
    if (/[\x00-\x08\x0b-\x1f\x7f-\x9f]/.test(s))
        return false;
    if (s.includes(":") || s.includes("/"))
        return false;
    if (/^[0-9]+$/.test(s) || /^-[0-9]*$/.test(s))
        return false;
    return s !== "." && s !== "..";
}

;// CONCATENATED MODULE: ./build/src/core/units/options.js
/**
 * The option parsers: for every key the exposure checks read, what systemd 252's load-fragment.c
 * does with its value (repeated keys, empty assignments that reset, `~` inversion and merging,
 * words it skips and lines it ignores), logging what systemd logs.
 */










const CGROUP_CONTROLLERS = new Set([
    "cpu",
    "cpuacct",
    "cpuset",
    "io",
    "blkio",
    "memory",
    "devices",
    "pids",
    "bpf-firewall",
    "bpf-devices",
    "bpf-foreign",
    "bpf-socket-bind",
    "bpf-restrict-network-interfaces",
]);
const boolOption = (field) => (ctx) => {
    const b = parseBoolean(ctx.value);
    if (b === null) {
        // DynamicUser= is the one boolean systemd treats as fatal.
        const fatal = field === "dynamicUser";
        ctx.warn("invalid-boolean", fatal
            ? `Failed to parse boolean value: ${ctx.value}`
            : parseErrorText(ctx, `Failed to parse boolean value, ignoring: ${ctx.value}`), ctx.value, undefined, fatal);
        return;
    }
    const target = field === "dynamicUser"
        ? ctx.settings.dynamicUser
        : field === "defaultDependencies"
            ? ctx.settings.defaultDependencies
            : ctx.settings.bools[field];
    target.value = b;
    target.src = ctx.at;
};
/**
 * A boolean-like sandboxing key, read as the release reads it (VALUE_GRAMMARS): a plain boolean
 * in 252, a tristate (PrivateMounts= from 254) or booleans plus words (PrivateTmp=disconnected,
 * PrivateUsers=identity, ProtectControlGroups=strict, ProtectHostname=private:NAME, ...).
 */
const modeOption = (field, key) => (ctx) => {
    const g = ctx.release.grammar(key);
    if (!g)
        return boolOption(field)(ctx);
    const b = parseBoolean(ctx.value);
    const t = ctx.settings.bools[field];
    if (!grammarAccepts(g, ctx.value, b !== null)) {
        ctx.warn(g.grammar === "tristate-bool" ? "invalid-boolean" : "invalid-enum", grammarRejection(g, key, ctx.value), ctx.value);
        return;
    }
    const badHostname = invalidHostnameIn(g, ctx.value);
    if (badHostname !== null) {
        ctx.warn("invalid-value", `Invalid hostname is specified to ${key}=, ignoring: ${badHostname}`, ctx.value);
        return;
    }
    const mode = ctx.value === "" ? null : b !== null ? (b ? "yes" : "no") : ctx.value;
    ctx.settings.modes[field] = mode;
    t.value = mode !== null && mode !== "no";
    t.src = ctx.at;
};
/** DEFINE_CONFIG_PARSE_ENUM, optionally WITH_BOOLEAN (yes/no spellings map to two values). */
const enumOption = (pick, values, message, booleans) => (ctx) => {
    let v;
    if (booleans) {
        const b = parseBoolean(ctx.value);
        if (b !== null)
            v = b ? booleans.yes : booleans.no;
    }
    if (v === undefined && values.includes(ctx.value))
        v = ctx.value;
    if (v === undefined) {
        ctx.warn("invalid-enum", parseErrorText(ctx, `${message}, ignoring: ${ctx.value}`), ctx.value);
        return;
    }
    const t = pick(ctx.settings);
    t.value = v;
    t.src = ctx.at;
};
function setCapabilities(ctx, set, initial) {
    const { invert, value, offset } = invertedList(ctx.value);
    // A quoting error silently ends the list; the words before it still count.
    const { words } = splitWords(value, { unquote: true });
    let sum = 0n;
    for (const w of words) {
        const n = capabilityNumber(w.text);
        if (n === null) {
            // systemd drops unknown capability names without a word (only a debug message).
            ctx.warn("unknown-capability", "", w.text, wordRange(w, offset));
            continue;
        }
        sum |= CAP_BIT[n];
    }
    const touched = sum === 0n || set.mask === initial ? CAP_ALL : sum;
    if (sum === 0n || set.mask === initial)
        set.mask = invert ? ~sum & CAP_ALL : sum;
    else if (invert)
        set.mask &= ~sum & CAP_ALL;
    else
        set.mask |= sum;
    for (let bit = 0; bit < 64; bit++)
        if (touched & CAP_BIT[bit])
            set.srcByBit[bit] = ctx.at;
}
function parseRestrictNamespaces(ctx) {
    const ns = ctx.settings.restrictNamespaces;
    const markAll = () => NAMESPACE_TYPES.forEach((t) => ns.srcByType.set(t, ctx.at));
    if (ctx.value === "") {
        ns.allowed = null;
        markAll();
        return;
    }
    const b = parseBoolean(ctx.value);
    if (b !== null) {
        ns.allowed = b ? new Set() : new Set(NAMESPACE_TYPES);
        markAll();
        return;
    }
    const { invert, value } = invertedList(ctx.value);
    const { words, errorAt } = splitWords(value, {});
    const known = [...NAMESPACE_TYPES, "time"];
    const bad = errorAt !== null ? value : words.find((w) => !known.includes(w.text))?.text;
    if (bad !== undefined) {
        ctx.warn("invalid-namespace", `Failed to parse namespace type string, ignoring: ${value}`, bad);
        return;
    }
    // "time" is a namespace type, but none of the checks looks at it.
    const flags = words.map((w) => w.text).filter((t) => t !== "time");
    if (ns.allowed === null) {
        ns.allowed = new Set(invert ? NAMESPACE_TYPES.filter((t) => !flags.includes(t)) : flags);
        markAll();
    }
    else {
        for (const f of flags) {
            if (invert)
                ns.allowed.delete(f);
            else
                ns.allowed.add(f);
            ns.srcByType.set(f, ctx.at);
        }
    }
}
function parseAddressFamilies(ctx) {
    const raf = ctx.settings.restrictAddressFamilies;
    raf.src = ctx.at;
    if (ctx.value === "") {
        raf.families = null;
        raf.allowList = false;
        return;
    }
    if (ctx.value === "none") {
        raf.families = null;
        raf.allowList = true;
        return;
    }
    const { invert, value, offset } = invertedList(ctx.value);
    if (raf.families === null) {
        raf.families = new Set();
        raf.allowList = !invert;
    }
    const words = wordsOf(ctx, value, offset, true);
    for (const w of words) {
        const af = addressFamilyNumber(w.text);
        if (af === null) {
            if (ctx.release.addressFamilyError === "stop-line") {
                ctx.warn("unknown-address-family", `Failed to parse address family, ignoring: ${ctx.value}`, w.text, wordRange(w, offset));
                return;
            }
            ctx.warn("unknown-address-family", `Failed to parse address family, ignoring: ${w.text}`, w.text, wordRange(w, offset));
            continue;
        }
        if (!invert === raf.allowList)
            raf.families.add(af);
        else
            raf.families.delete(af);
    }
}
function parseSystemCallFilter(ctx) {
    const f = ctx.settings.systemCallFilter;
    f.src = ctx.at;
    if (ctx.value === "") {
        f.entries = null;
        f.allowList = false;
        return;
    }
    const { invert, value, offset } = invertedList(ctx.value);
    if (f.entries === null) {
        f.entries = new SyscallEntries();
        f.allowList = !invert;
        if (f.allowList)
            addSyscall(ctx.release, f.entries, "@default", -1, false, true);
    }
    const words = wordsOf(ctx, value, offset, false);
    for (const w of words) {
        const colon = w.text.indexOf(":");
        let name = w.text;
        let errno = -1;
        if (colon >= 0) {
            const e = parseErrno(w.text.slice(colon + 1));
            name = w.text.slice(0, colon);
            if (e === null || name === "") {
                ctx.warn("invalid-syscall-errno", `Failed to parse syscall:errno, ignoring: ${w.text}`, w.text, wordRange(w, offset));
                continue;
            }
            errno = e;
        }
        else if (name === "")
            continue;
        if (!invert && errno >= 0) {
            ctx.warn("allow-list-errno", `Allow-listed system calls cannot take error number, ignoring: ${w.text}`, w.text, wordRange(w, offset));
            continue;
        }
        if (!addSyscall(ctx.release, f.entries, name, errno, invert, f.allowList)) {
            if (name.startsWith("@"))
                ctx.warn("unknown-syscall-group", `Unknown system call group, ignoring: ${name}`, name, wordRange(w, offset));
            else
                ctx.warn("unknown-syscall", ctx.release.parseErrors === "classic"
                    ? `Failed to parse system call, ignoring: ${name}`
                    : `System call ${name} is not known, ignoring.`, name, wordRange(w, offset));
        }
    }
}
function parseSyscallArchitectures(ctx) {
    const t = ctx.settings.systemCallArchitectures;
    t.src = ctx.at;
    if (resetOnEmpty(ctx, t, new Set()))
        return;
    const words = wordsOf(ctx, ctx.value, 0, true);
    for (const w of words) {
        if (!ARCHITECTURES.has(w.text)) {
            ctx.warn("unknown-architecture", `Failed to parse system call architecture "${w.text}", ignoring: Invalid argument`, w.text, wordRange(w, 0));
            continue;
        }
        t.value.add(w.text);
    }
}
const ipPrefixes = (pick) => (ctx) => {
    const t = pick(ctx.settings);
    t.src = ctx.at;
    if (resetOnEmpty(ctx, t, []))
        return;
    const words = wordsOf(ctx, ctx.value, 0, false);
    for (const w of words) {
        const shortcut = (Object.hasOwn(SHORTCUTS, w.text) ? SHORTCUTS[w.text] : undefined) ??
            (isLocalhostName(w.text) ? ["127.0.0.0/8", "::1/128"] : null);
        const prefixes = (shortcut ?? [w.text]).map(parsePrefix);
        if (prefixes.some((p) => p === null)) {
            const text = ctx.release.parseErrors === "classic"
                ? `Address prefix is invalid, ignoring assignment: ${w.text}`
                : `Invalid address prefix is specified in [${ctx.at.assignment.section}] ${ctx.at.assignment.key}=, ignoring assignment: ${w.text}`;
            ctx.warn("invalid-address-prefix", text, w.text, wordRange(w, 0));
            continue;
        }
        t.value.push(...prefixes);
    }
};
function checkedPath(ctx, raw, key, fatal) {
    const p = options_context_expand(ctx, raw, { fatal, quote: "'" });
    if (p === null)
        return null;
    const suffix = fatal ? "" : ", ignoring";
    if (!p.startsWith("/")) {
        ctx.warn("invalid-path", `${key}= path is not absolute${suffix}: ${p}`, p, undefined, fatal);
        return null;
    }
    const simple = simplifyPath(p);
    if (simple.split("/").includes("..")) {
        ctx.warn("invalid-path", `${key}= path is not normalized${suffix}: ${simple}`, simple, undefined, fatal);
        return null;
    }
    return simple;
}
const pathOption = (pick, key) => (ctx) => {
    const t = pick(ctx.settings);
    if (resetOnEmpty(ctx, t, null))
        return;
    const p = checkedPath(ctx, ctx.value, key, true);
    if (p === null)
        return;
    t.value = p;
    t.src = ctx.at;
};
const pathListOption = (pick, key) => (ctx) => {
    const t = pick(ctx.settings);
    t.src = ctx.at;
    if (resetOnEmpty(ctx, t, []))
        return;
    const p = checkedPath(ctx, ctx.value, key, false);
    if (p !== null)
        t.value.push(p);
};
function parseDeviceAllow(ctx) {
    const d = ctx.settings.deviceAllow;
    if (ctx.value === "") {
        d.entries = [];
        d.src = ctx.at;
        return;
    }
    const r = extractWord(ctx.value, 0, { unquote: true });
    if (r.kind !== "word") {
        ctx.warn("invalid-syntax", `Failed to extract device path and rights from '${ctx.value}', ignoring.`, ctx.value);
        return;
    }
    const first = r.word;
    const range = wordRange(first, 0);
    const expanded = options_context_expand(ctx, first.text, { range, quote: "'" });
    if (expanded === null)
        return;
    let path = expanded;
    if (!path.startsWith("block-") && !path.startsWith("char-")) {
        const simple = simplifyPath(path);
        if (simple.split("/").includes("..")) {
            ctx.warn("invalid-device-path", `DeviceAllow= path is not normalized, ignoring: ${simple}`, simple, range);
            return;
        }
        path = simple;
        if (!(path === "/dev" ||
            path.startsWith("/dev/") ||
            path.startsWith("/run/systemd/inaccessible/"))) {
            ctx.warn("invalid-device-path", `Invalid device node path '${path}', ignoring.`, path, range);
            return;
        }
    }
    const rest = ctx.value.slice(r.next);
    if (rest !== "" && !/^[rwm]+$/.test(rest)) {
        ctx.warn("invalid-device-rights", `Invalid device rights '${rest}', ignoring.`, rest, {
            start: r.next,
            end: ctx.value.length,
        });
        return;
    }
    const mode = rest === "" ? "rwm" : ["r", "w", "m"].filter((c) => rest.includes(c)).join("");
    d.entries.push({ path, mode, src: ctx.at });
    d.src = ctx.at;
}
function parseDelegate(ctx) {
    const t = ctx.settings.delegate;
    if (resetOnEmpty(ctx, t, true))
        return;
    const b = parseBoolean(ctx.value);
    if (b !== null) {
        t.value = b;
        t.src = ctx.at;
        return;
    }
    const words = wordsOf(ctx, ctx.value, 0, true);
    if (!words.complete)
        return;
    for (const w of words) {
        if (!CGROUP_CONTROLLERS.has(w.text))
            ctx.warn("invalid-controller", `Invalid controller name '${w.text}', ignoring`, w.text, wordRange(w, 0));
    }
    t.value = true;
    t.src = ctx.at;
}
function parseUser(ctx) {
    const t = ctx.settings.user;
    if (resetOnEmpty(ctx, t, null))
        return;
    const k = options_context_expand(ctx, ctx.value, { fatal: true });
    if (k === null)
        return;
    if (!isRelaxedUserName(k)) {
        ctx.warn("invalid-user", `Invalid user/group name or numeric ID: ${k}`, k, undefined, true);
        return;
    }
    if (k === "nobody")
        ctx.warn("nobody-user", "Special user nobody configured, this is not safe!", k);
    t.value = k;
    t.src = ctx.at;
}
function parseSupplementaryGroups(ctx) {
    const t = ctx.settings.supplementaryGroups;
    if (resetOnEmpty(ctx, t, []))
        return;
    const words = wordsOf(ctx, ctx.value, 0, false);
    for (const w of words) {
        const range = wordRange(w, 0);
        const k = options_context_expand(ctx, w.text, { range, fatal: true });
        if (k === null)
            return;
        if (!isRelaxedUserName(k)) {
            ctx.warn("invalid-user", `Invalid user/group name or numeric ID: ${k}`, k, range, true);
            return;
        }
        t.value.push(k);
        t.src = ctx.at;
    }
}
/** filename_is_valid() && fdname_is_valid(): what a credential name must be. */
function isCredentialName(s) {
    return (s !== "" &&
        s !== "." &&
        s !== ".." &&
        s.length <= 255 &&
        !s.includes("/") &&
        !s.includes(":") &&
        /^[\x20-\x7e]+$/.test(s));
}
/** LoadCredential[Encrypted]= and SetCredential[Encrypted]=: which credential ids are encrypted. */
const credentialOption = (kind, encrypted) => (ctx) => {
    const creds = ctx.settings.credentials[kind];
    if (ctx.value === "") {
        creds.clear();
        return;
    }
    const colon = ctx.value.indexOf(":");
    const word = colon < 0 ? ctx.value : ctx.value.slice(0, colon);
    const rest = colon < 0 ? "" : ctx.value.slice(colon + 1);
    if (word === "" || (kind === "set" && rest === "")) {
        ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${ctx.value}`, ctx.value);
        return;
    }
    const id = options_context_expand(ctx, word, { quote: '"' });
    if (id === null)
        return;
    if (!isCredentialName(id)) {
        ctx.warn("invalid-syntax", `Credential name "${id}" not valid, ignoring.`, id);
        return;
    }
    if (kind === "set" && encrypted && !/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(rest)) {
        ctx.warn("invalid-syntax", "Encrypted credential data not valid Base64 data, ignoring.", rest);
        return;
    }
    if (kind === "load" && rest !== "") {
        const src = options_context_expand(ctx, rest, { quote: '"' });
        if (src === null)
            return;
        if (src.startsWith("/") ? simplifyPath(src).split("/").includes("..") : !isCredentialName(src)) {
            ctx.warn("invalid-syntax", `Credential source "${src}" not valid, ignoring.`, src);
            return;
        }
    }
    creds.set(id, encrypted);
    ctx.settings.encryptedCredentials.src = ctx.at;
};
/** MountImages=: only whether an image is configured matters to the checks. */
function parseMountImages(ctx) {
    const t = ctx.settings.mountImages;
    if (resetOnEmpty(ctx, t, false))
        return;
    const { words, errorAt } = splitWords(ctx.value, { unquote: true, retainEscape: true });
    if (errorAt !== null) {
        ctx.warn("invalid-syntax", `Invalid syntax MountImages=${ctx.value}, ignoring: Invalid argument`, ctx.value);
        return;
    }
    for (const w of words) {
        const [first = "", second = ""] = w.text.split(":");
        const source = first.startsWith("-") ? first.slice(1) : first;
        const range = wordRange(w, 0);
        const s = options_context_expand(ctx, source, { range, quote: '"' });
        if (s === null)
            continue;
        if (!s.startsWith("/") || simplifyPath(s).split("/").includes("..")) {
            ctx.warn("invalid-path", `MountImages= path is not ${s.startsWith("/") ? "normalized" : "absolute"}, ignoring: ${s}`, s, range);
            continue;
        }
        if (second === "") {
            ctx.warn("invalid-syntax", `Missing destination in MountImages, ignoring: ${ctx.value}`, w.text, range);
            continue;
        }
        const d = options_context_expand(ctx, second, { range, quote: '"' });
        if (d === null)
            continue;
        if (!d.startsWith("/") || simplifyPath(d).split("/").includes("..")) {
            ctx.warn("invalid-path", `MountImages= path is not ${d.startsWith("/") ? "normalized" : "absolute"}, ignoring: ${d}`, d, range);
            continue;
        }
        t.value = true;
        t.src = ctx.at;
    }
}
function parseUMask(ctx) {
    const v = ctx.value;
    if (!/^[0-7]+$/.test(v) || parseInt(v, 8) > 0o7777) {
        ctx.warn("invalid-mode", parseErrorText(ctx, `Failed to parse mode value, ignoring: ${v}`), v);
        return;
    }
    ctx.settings.umask.value = parseInt(v, 8);
    ctx.settings.umask.src = ctx.at;
}
const stringOption = (pick) => (ctx) => {
    const t = pick(ctx.settings);
    t.value = ctx.value === "" ? null : ctx.value;
    t.src = ctx.at;
};
const SERVICE_TYPES = ["simple", "forking", "oneshot", "dbus", "notify", "idle", "exec"];
/**
 * The parsers for every key the exposure checks read, keyed by `Section.Key`. `Exec` stands for
 * any section with an execution context (Service, Socket, Mount, Swap), `CGroup` for a cgroup
 * context (those and Slice, Scope).
 */
const OPTION_PARSERS = new Map([
    ["Unit.DefaultDependencies", boolOption("defaultDependencies")],
    ["Exec.User", parseUser],
    ["Exec.DynamicUser", boolOption("dynamicUser")],
    ["Exec.SupplementaryGroups", parseSupplementaryGroups],
    [
        "Exec.CapabilityBoundingSet",
        (ctx) => setCapabilities(ctx, ctx.settings.capabilityBoundingSet, CAP_ALL),
    ],
    ["Exec.AmbientCapabilities", (ctx) => setCapabilities(ctx, ctx.settings.ambientCapabilities, 0n)],
    ["Exec.PrivateDevices", boolOption("privateDevices")],
    ["Exec.PrivateMounts", modeOption("privateMounts", "PrivateMounts")],
    ["Exec.PrivateNetwork", boolOption("privateNetwork")],
    ["Exec.PrivateTmp", modeOption("privateTmp", "PrivateTmp")],
    ["Exec.PrivateUsers", modeOption("privateUsers", "PrivateUsers")],
    ["Exec.ProtectControlGroups", modeOption("protectControlGroups", "ProtectControlGroups")],
    ["Exec.ProtectKernelModules", boolOption("protectKernelModules")],
    ["Exec.ProtectKernelTunables", boolOption("protectKernelTunables")],
    ["Exec.ProtectKernelLogs", boolOption("protectKernelLogs")],
    ["Exec.ProtectClock", boolOption("protectClock")],
    ["Exec.ProtectHostname", modeOption("protectHostname", "ProtectHostname")],
    ["Exec.LockPersonality", boolOption("lockPersonality")],
    ["Exec.MemoryDenyWriteExecute", boolOption("memoryDenyWriteExecute")],
    ["Exec.NoNewPrivileges", boolOption("noNewPrivileges")],
    ["Exec.RestrictRealtime", boolOption("restrictRealtime")],
    ["Exec.RestrictSUIDSGID", boolOption("restrictSuidSgid")],
    ["Exec.RemoveIPC", boolOption("removeIpc")],
    [
        "Exec.ProtectHome",
        enumOption((s) => s.protectHome, ["no", "yes", "read-only", "tmpfs"], "Failed to parse protect home value", { yes: "yes", no: "no" }),
    ],
    [
        "Exec.ProtectSystem",
        enumOption((s) => s.protectSystem, ["no", "yes", "full", "strict"], "Failed to parse protect system value", { yes: "yes", no: "no" }),
    ],
    [
        "Exec.ProtectProc",
        enumOption((s) => s.protectProc, ["noaccess", "invisible", "ptraceable", "default"], "Failed to parse /proc/ protection mode"),
    ],
    [
        "Exec.ProcSubset",
        enumOption((s) => s.procSubset, ["all", "pid"], "Failed to parse /proc/ subset mode"),
    ],
    [
        "Exec.KeyringMode",
        enumOption((s) => s.keyringMode, ["inherit", "private", "shared"], "Failed to parse keyring mode"),
    ],
    ["Exec.UMask", parseUMask],
    ["Exec.RootDirectory", pathOption((s) => s.rootDirectory, "RootDirectory")],
    ["Exec.RootImage", pathOption((s) => s.rootImage, "RootImage")],
    ["Exec.MountImages", parseMountImages],
    ["Exec.LoadCredential", credentialOption("load", false)],
    ["Exec.LoadCredentialEncrypted", credentialOption("load", true)],
    ["Exec.SetCredential", credentialOption("set", false)],
    ["Exec.SetCredentialEncrypted", credentialOption("set", true)],
    ["Exec.RestrictNamespaces", parseRestrictNamespaces],
    ["Exec.RestrictAddressFamilies", parseAddressFamilies],
    ["Exec.SystemCallFilter", parseSystemCallFilter],
    ["Exec.SystemCallArchitectures", parseSyscallArchitectures],
    ["CGroup.Delegate", parseDelegate],
    [
        "CGroup.DevicePolicy",
        enumOption((s) => s.devicePolicy, ["auto", "closed", "strict"], "Failed to parse device policy"),
    ],
    ["CGroup.DeviceAllow", parseDeviceAllow],
    ["CGroup.IPAddressDeny", ipPrefixes((s) => s.ipAddressDeny)],
    ["CGroup.IPAddressAllow", ipPrefixes((s) => s.ipAddressAllow)],
    [
        "CGroup.IPIngressFilterPath",
        pathListOption((s) => s.ipIngressFilterPath, "IPIngressFilterPath"),
    ],
    ["CGroup.IPEgressFilterPath", pathListOption((s) => s.ipEgressFilterPath, "IPEgressFilterPath")],
    [
        "Service.NotifyAccess",
        enumOption((s) => s.notifyAccess, ["none", "main", "exec", "all"], "Failed to parse notify access specifier"),
    ],
    ["Service.Type", enumOption((s) => s.serviceType, SERVICE_TYPES, "Failed to parse service type")],
    [
        "Service.Restart",
        enumOption((s) => s.restart, ["no", "on-success", "on-failure", "on-abnormal", "on-watchdog", "on-abort", "always"], "Failed to parse service restart specifier"),
    ],
    ["Service.BusName", stringOption((s) => s.busName)],
    [
        "Exec.WorkingDirectory",
        (ctx) => {
            const v = expandSpecifiers(ctx.value.replace(/^-/, ""), ctx.specifiers);
            ctx.settings.workingDirectory = v.ok && v.value !== "" ? v.value : null;
        },
    ],
    [
        "Service.PIDFile",
        (ctx) => {
            const v = expandSpecifiers(ctx.value, ctx.specifiers);
            ctx.settings.pidFile = v.ok && v.value.startsWith("/") ? simplifyPath(v.value) : null;
        },
    ],
    ["Unit.SuccessAction", stringOption((s) => s.successAction)],
    ...[
        "ExecStart",
        "ExecStartPre",
        "ExecStartPost",
        "ExecStop",
        "ExecStopPost",
        "ExecReload",
        "ExecCondition",
    ].map((key) => [`Service.${key}`, (ctx) => parseCommand(ctx, key)]),
]);

;// CONCATENATED MODULE: ./build/src/core/units/tree.js
/**
 * The narrow view of a file tree the engine needs: list a folder, read a file. The CLI hands in
 * the disk, the action the workspace or a commit's tree, tests a map in memory.
 */
function dirname(path) {
    const slash = path.lastIndexOf("/");
    return slash < 0 ? "" : path.slice(0, slash);
}
function basename(path) {
    return path.slice(path.lastIndexOf("/") + 1);
}
function joinPath(dir, name) {
    return dir === "" ? name : `${dir}/${name}`;
}
/**
 * A tree with some files replaced, added (with their folder) or removed (null), over another:
 * a drop-in laid over the unit's tree, to score it before it exists.
 */
class OverlayTree {
    base;
    files;
    constructor(base, files) {
        this.base = base;
        this.files = files;
    }
    list(dir) {
        const names = new Set(this.base.list(dir) ?? []);
        for (const [path, content] of this.files) {
            if (dirname(path) === dir) {
                if (content === null)
                    names.delete(basename(path));
                else
                    names.add(basename(path));
            }
            else if (dirname(dirname(path)) === dir && content !== null) {
                // The folder of an added file exists too.
                names.add(basename(dirname(path)));
            }
        }
        return names.size > 0 || this.base.list(dir) !== undefined ? [...names].sort() : undefined;
    }
    read(path) {
        if (this.files.has(path))
            return this.files.get(path) ?? undefined;
        return this.base.read(path);
    }
    skipped(path) {
        return this.files.has(path) ? undefined : this.base.skipped?.(path);
    }
}
/** A tree held in memory: paths (with '/') to contents. */
class MemoryTree {
    files = new Map();
    dirs = new Map();
    constructor(files = []) {
        for (const [path, content] of files)
            this.set(path, content);
    }
    set(path, content) {
        this.files.set(path, content);
        let child = path;
        let dir = dirname(path);
        for (;;) {
            let entries = this.dirs.get(dir);
            if (!entries)
                this.dirs.set(dir, (entries = new Set()));
            entries.add(basename(child));
            if (dir === "")
                break;
            child = dir;
            dir = dirname(dir);
        }
        return this;
    }
    list(dir) {
        const entries = this.dirs.get(dir);
        return entries ? [...entries] : undefined;
    }
    read(path) {
        return this.files.get(path);
    }
    paths() {
        return [...this.files.keys()];
    }
}

;// CONCATENATED MODULE: ./build/src/core/units/validate.js
/**
 * Value checks for the settings the exposure checks do not read but users rely on for
 * sandboxing and resource limits: every boolean, memory limits, CPUQuota=, TasksMax=, weights,
 * the file-system path lists and the *Directory= settings. Each logs what systemd 252 logs for
 * the same value (its text, from load-fragment.c and friends); none changes the score.
 */






/** strtoull() as parse_size() uses it: digits in base 10 after optional blanks. */
function permyriad(value, unbounded) {
    const parts = (p, symbol, places) => {
        if (!p.endsWith(symbol))
            return null;
        const body = p.slice(0, -symbol.length);
        const m = places === 0
            ? /^[ \t\n\r]*\+?(\d+)$/.exec(body)
            : places === 1
                ? /^[ \t\n\r]*\+?(\d+)(?:\.(\d))?$/.exec(body)
                : /^[ \t\n\r]*\+?(\d+)(?:\.(\d\d?))?$/.exec(body);
        if (!m)
            return null;
        const whole = Number(m[1]);
        const frac = m[2] ?? "";
        if (places === 0)
            return whole;
        if (places === 1)
            return whole * 10 + (frac === "" ? 0 : Number(frac));
        return whole * 100 + (frac === "" ? 0 : frac.length === 1 ? Number(frac) * 10 : Number(frac));
    };
    const v = value.endsWith("‱")
        ? parts(value, "‱", 0)
        : value.endsWith("‰")
            ? parts(value, "‰", 1)
            : parts(value, "%", 2);
    if (v === null)
        return null;
    return !unbounded && v > 10000 ? -1 : v;
}
const SIZE_SUFFIX = ["E", "P", "T", "G", "M", "K", "B", ""];
/** parse_size() with base 1024: "512M", "1.5G", "1G 512M"; null when invalid, -1 when too large. */
function parseSize(t) {
    let p = 0;
    let total = 0;
    let start = 0;
    do {
        while (p < t.length && " \t\n\r".includes(t[p]))
            p++;
        const m = /^[0-9]+/.exec(t.slice(p));
        if (!m)
            return null;
        let e = p + m[0].length;
        if (t[e] === ".") {
            e++;
            const f = /^[0-9]+/.exec(t.slice(e));
            if (f)
                e += f[0].length;
        }
        while (e < t.length && " \t\n\r".includes(t[e]))
            e++;
        let i = start;
        for (; i < SIZE_SUFFIX.length; i++)
            if (t.startsWith(SIZE_SUFFIX[i], e))
                break;
        if (i >= SIZE_SUFFIX.length)
            return null;
        const value = Number(t
            .slice(p, e)
            .trim()
            .replace(/[A-Z]$/, "")) *
            1024 ** (6 - Math.min(i, 6));
        total += value;
        if (total >= 2 ** 64)
            return -1;
        p = e + SIZE_SUFFIX[i].length;
        start = i + 1;
    } while (p < t.length);
    return total;
}
/** safe_atou64(): an unsigned number, base 10 (or 0x/0o/0b), no sign. */
function unsigned(s) {
    const m = /^[ \t\n\r]*(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|[0-9]+)$/.exec(s);
    if (!m)
        return null;
    const d = m[1];
    if (/^0[xX]/.test(d))
        return parseInt(d.slice(2), 16);
    if (/^0[oO]/.test(d))
        return parseInt(d.slice(2), 8);
    if (/^0[bB]/.test(d))
        return parseInt(d.slice(2), 2);
    if (d.length > 1 && d.startsWith("0"))
        return parseInt(d, 8);
    return Number(d);
}
/** A leading minus after blanks: strtoull() takes it, systemd then says "out of range". */
const negative = (v) => /^[ \t\n\r]*-/.test(v);
const memoryLimit = (ctx, key) => {
    const v = ctx.value;
    if (v === "" || v === "infinity")
        return;
    const pct = permyriad(v, false);
    let bytes;
    if (pct !== null && pct >= 0)
        bytes = pct === 0 ? 0 : 1;
    else {
        const size = negative(v) && /^[ \t\n\r]*-[0-9]/.test(v) ? -1 : parseSize(v);
        if (size === null || size < 0) {
            ctx.warn("invalid-value", `Invalid memory limit '${v}', ignoring: ${size === null ? "Invalid argument" : "Numerical result out of range"}`, v);
            return;
        }
        bytes = size;
    }
    if (bytes <= 0 && !["MemorySwapMax", "MemoryLow", "MemoryMin"].includes(key)) {
        ctx.warn("invalid-value", `Memory limit '${v}' out of range, ignoring.`, v);
    }
};
const cpuQuota = (ctx) => {
    const v = ctx.value;
    if (v === "")
        return;
    const r = permyriad(v, true);
    if (r === null || r <= 0)
        ctx.warn("invalid-value", `Invalid CPU quota '${v}', ignoring.`, v);
};
const tasksMax = (ctx) => {
    const v = ctx.value;
    if (v === "" || v === "infinity")
        return;
    const pct = permyriad(v, false);
    if (pct !== null && pct >= 0)
        return;
    const n = unsigned(v);
    if (n === null) {
        const why = negative(v) && /^[ \t\n\r]*-[0-9]/.test(v)
            ? "Numerical result out of range"
            : "Invalid argument";
        ctx.warn("invalid-value", `Invalid maximum tasks value '${v}', ignoring: ${why}`, v);
        return;
    }
    if (n <= 0)
        ctx.warn("invalid-value", `Maximum tasks value '${v}' out of range, ignoring.`, v);
};
const weight = (cpu) => (ctx) => {
    const v = ctx.value;
    if (v === "" || (cpu && v === "idle"))
        return;
    const n = unsigned(v);
    if (n === null || n < 1 || n > 10000) {
        ctx.warn("invalid-value", parseErrorText(ctx, `${cpu ? "Invalid CPU weight" : "Invalid weight"}, ignoring: ${v}`, n === null ? "Invalid argument" : "Numerical result out of range"), v);
    }
};
/** DEFINE_CONFIG_PARSE_PTR over an unsigned range: "MESSAGE, ignoring: VALUE". */
const ranged = (message, min, max) => (ctx) => {
    const v = ctx.value;
    if (v === "")
        return;
    const n = unsigned(v);
    if (n === null || n < min || n > max)
        ctx.warn("invalid-value", parseErrorText(ctx, `${message}, ignoring: ${v}`, n === null ? "Invalid argument" : "Numerical result out of range"), v);
};
const plainBoolean = (ctx) => {
    if (parseBoolean(ctx.value) === null)
        ctx.warn("invalid-boolean", parseErrorText(ctx, `Failed to parse boolean value, ignoring: ${ctx.value}`), ctx.value);
};
/** ReadWritePaths= and friends: absolute paths, each optionally prefixed with '-' and '+'. */
const namespacePaths = (ctx, key) => {
    if (ctx.value === "")
        return;
    const { words, errorAt } = splitWords(ctx.value, { unquote: true });
    for (const w of words) {
        let p = w.text;
        if (p.startsWith("-"))
            p = p.slice(1);
        if (p.startsWith("+"))
            p = p.slice(1);
        const r = expandSpecifiers(p, ctx.specifiers);
        if (!r.ok) {
            ctx.warn("unresolved-specifier", `Failed to resolve unit specifiers in ${p}: Invalid slot`, r.specifier, { start: w.start, end: w.end });
            continue;
        }
        if (!r.value.startsWith("/")) {
            ctx.warn("invalid-path", `${key}= path is not absolute, ignoring: ${r.value}`, r.value, {
                start: w.start,
                end: w.end,
            });
            continue;
        }
        const simple = simplifyPath(r.value);
        if (simple.split("/").includes(".."))
            ctx.warn("invalid-path", `${key}= path is not normalized, ignoring: ${simple}`, simple, {
                start: w.start,
                end: w.end,
            });
    }
    if (errorAt !== null)
        ctx.warn("invalid-syntax", `Failed to extract first word, ignoring: ${ctx.value}`, ctx.value);
};
/** StateDirectory= and friends: relative paths (with an optional `:destination`). */
const execDirectories = (ctx, key) => {
    if (ctx.value === "")
        return;
    let at = 0;
    for (;;) {
        const r = extractWord(ctx.value, at, { unquote: true, retainEscape: true });
        if (r.kind === "end")
            return;
        if (r.kind === "error") {
            ctx.warn("invalid-syntax", `Invalid syntax ${key}=${ctx.value}, ignoring: Invalid argument`, ctx.value);
            return;
        }
        at = r.next;
        const range = { start: r.word.start, end: r.word.end };
        const [src = "", dest = ""] = r.word.text.split(":");
        for (const [i, part] of [src, dest].entries()) {
            if (i === 1 && part === "")
                break;
            if (i === 1 && key === "ConfigurationDirectory") {
                const what = ctx.release.parseErrors === "classic" ? "Destination" : "Additional";
                ctx.warn("invalid-value", `${what} parameter is not supported for ConfigurationDirectory, ignoring: ${r.word.text}`, r.word.text, range);
                break;
            }
            const e = expandSpecifiers(part, ctx.specifiers);
            if (!e.ok) {
                ctx.warn("unresolved-specifier", `Failed to resolve unit specifiers in "${part}", ignoring: Invalid slot`, e.specifier, range);
                break;
            }
            if (e.value.startsWith("/")) {
                ctx.warn("invalid-path", `${key}= path is absolute, ignoring: ${e.value}`, e.value, range);
                break;
            }
            const simple = simplifyPath(e.value);
            if (simple.split("/").includes("..") || simple === ".") {
                ctx.warn("invalid-path", `${key}= path is not normalized, ignoring: ${simple}`, simple, range);
                break;
            }
            if (i === 0 && (simple === "private" || simple.startsWith("private/"))) {
                ctx.warn("invalid-path", `${key}= path can't be 'private', ignoring assignment: ${r.word.text}`, r.word.text, range);
                break;
            }
        }
    }
};
/** Requires=, After= and the other dependency lists: each word must be a unit name. */
const dependencies = (ctx) => {
    const { words, errorAt } = splitWords(ctx.value, { retainEscape: true });
    if (errorAt !== null) {
        ctx.warn("invalid-syntax", `Invalid syntax, ignoring: ${ctx.value}`, ctx.value);
        return;
    }
    for (const w of words) {
        const e = expandSpecifiers(w.text, ctx.specifiers);
        const range = { start: w.start, end: w.end };
        if (!e.ok)
            ctx.warn("unresolved-specifier", `Failed to resolve unit specifiers in '${w.text}', ignoring: Invalid slot`, e.specifier, range);
        else if (!parseUnitName(e.value))
            ctx.warn("invalid-dependency", `Failed to add dependency on ${e.value}, ignoring: Invalid argument`, e.value, range);
    }
};
const MEMORY_KEYS = [
    "MemoryMin",
    "MemoryLow",
    "MemoryHigh",
    "MemoryMax",
    "MemorySwapMax",
    "MemoryLimit",
];
/** Validators by key (sections with a cgroup or execution context). */
const VALIDATORS = new Map([
    ...MEMORY_KEYS.map((k) => [k, memoryLimit]),
    ["CPUQuota", cpuQuota],
    ["TasksMax", tasksMax],
    ["CPUWeight", weight(true)],
    ["StartupCPUWeight", weight(true)],
    ["IOWeight", weight(false)],
    ["StartupIOWeight", weight(false)],
    ["CPUShares", ranged("Invalid CPU shares", 2, 262144)],
    ["StartupCPUShares", ranged("Invalid CPU shares", 2, 262144)],
    ["BlockIOWeight", ranged("Invalid block IO weight", 10, 1000)],
    ["StartupBlockIOWeight", ranged("Invalid block IO weight", 10, 1000)],
    ...["ReadWritePaths", "ReadOnlyPaths", "InaccessiblePaths", "ExecPaths", "NoExecPaths"].map((k) => [k, namespacePaths]),
    ...[
        "RuntimeDirectory",
        "StateDirectory",
        "CacheDirectory",
        "LogsDirectory",
        "ConfigurationDirectory",
    ].map((k) => [k, execDirectories]),
]);
const KINDS = new Map();
/** A release's `KEY=BOOLEAN` items by section, and its dependency lists of [Unit] (`UNIT [...]`, except the deprecated spellings systemd rewrites). */
function kindsOf(release) {
    let k = KINDS.get(release);
    if (!k) {
        const items = release.configItems;
        k = {
            booleans: new Set(Object.entries(items).flatMap(([section, keys]) => Object.entries(keys)
                .filter(([key, kind]) => kind === "BOOLEAN" && key !== "OnFailureIsolate")
                .map(([key]) => `${section}.${key}`))),
            dependencies: new Set(Object.entries(items.Unit ?? {})
                .filter(([key, kind]) => kind === "UNIT [...]" && !/Overridable$/.test(key))
                .map(([key]) => key)),
        };
        KINDS.set(release, k);
    }
    return k;
}
/** A boolean-like key the release reads with a grammar of its own (PrivatePIDs=, PrivateBPF=). */
const byGrammar = (release) => (ctx, key) => {
    const g = release.grammar(key);
    if (!grammarAccepts(g, ctx.value, parseBoolean(ctx.value) !== null))
        ctx.warn("invalid-enum", grammarRejection(g, key, ctx.value), ctx.value);
};
/** The validator for a key systemd reads, if any (after the settings' own parsers). */
function validatorFor(section, key, release = releaseOf()) {
    const v = VALIDATORS.get(key);
    if (v && section !== "Unit" && section !== "Install")
        return v;
    const kinds = kindsOf(release);
    if (section === "Unit" && kinds.dependencies.has(key))
        return dependencies;
    if (release.grammar(key) && section !== "Unit" && section !== "Install")
        return byGrammar(release);
    return kinds.booleans.has(`${section}.${key}`) ? plainBoolean : undefined;
}

;// CONCATENATED MODULE: ./build/src/core/units/load.js
/**
 * The effective unit: a unit file plus the drop-ins beside it in the same tree, read and merged
 * as systemd 252 merges them (drop-ins from every applicable `*.d/` folder, first folder wins for
 * a file name, applied in file-name order after the fragment), then the settings systemd implies
 * after loading, and the load-time refusals (`Service has no ExecStart=…`).
 */









const EXEC_SECTIONS = new Set(["Service", "Socket", "Mount", "Swap"]);
const CGROUP_SECTIONS = new Set(["Service", "Socket", "Mount", "Swap", "Slice", "Scope"]);
const TYPE_SECTION = {
    service: "Service",
    socket: "Socket",
    mount: "Mount",
    automount: "Automount",
    swap: "Swap",
    timer: "Timer",
    path: "Path",
    slice: "Slice",
    scope: "Scope",
    target: null,
    device: null,
};
/** The sections systemd reads in a unit of this type. */
function sectionsFor(type) {
    const own = TYPE_SECTION[type];
    return own ? ["Unit", own, "Install"] : ["Unit", "Install"];
}
/** Whether the release (252 unless given) knows `key` in `section` (of any unit type). */
function isKnownKey(section, key, release = releaseOf()) {
    return (Object.hasOwn(release.configItems[section] ?? {}, key) ||
        release.removedOptions.has(`${section}.${key}`));
}
/** How each release's loader treats each section and key, worked out once per pair. */
const KEY_HANDLING = new Map();
function resolveKey(release, section, key) {
    let byRelease = KEY_HANDLING.get(release);
    if (!byRelease)
        KEY_HANDLING.set(release, (byRelease = new Map()));
    let bySection = byRelease.get(section);
    if (!bySection)
        byRelease.set(section, (bySection = new Map()));
    let how = bySection.get(key);
    if (!how) {
        const parser = OPTION_PARSERS.get(`${section}.${key}`) ??
            (EXEC_SECTIONS.has(section) ? OPTION_PARSERS.get(`Exec.${key}`) : undefined) ??
            (CGROUP_SECTIONS.has(section) ? OPTION_PARSERS.get(`CGroup.${key}`) : undefined);
        const removed = release.removedOptions.has(`${section}.${key}`);
        how = {
            known: isKnownKey(section, key, release),
            removed,
            parser: removed ? undefined : parser,
            validator: parser ? undefined : validatorFor(section, key, release),
        };
        // Keys come from the files, so the table is bounded only by what they hold: cap it.
        if (bySection.size < 4096)
            bySection.set(key, how);
    }
    return how;
}
/** A file of the tree parsed, through the cache (undefined when it cannot be read). */
function parseCached(tree, path, cache) {
    const hit = cache.get(path);
    if (hit)
        return hit;
    const bytes = tree.read(path);
    if (bytes === undefined)
        return undefined;
    const parsed = parseUnitFile(path, bytes);
    cache.set(path, parsed);
    return parsed;
}
/** The drop-in files that apply to a unit whose file is in `dir`, in the order systemd applies them. */
function findDropins(tree, dir, unit) {
    // Most folders hold no drop-in folder at all: their units need no search.
    const beside = dropinFoldersIn(tree.list(dir));
    if (beside?.size === 0)
        return [];
    const byName = new Map();
    for (const dropinDir of dropinDirNames(unit)) {
        if (beside && !beside.has(dropinDir))
            continue;
        const folder = joinPath(dir, dropinDir);
        for (const file of tree.list(folder) ?? []) {
            if (!file.endsWith(".conf") || file.startsWith("."))
                continue;
            const path = joinPath(folder, file);
            if (!byName.has(file) && tree.read(path) !== undefined)
                byName.set(file, path);
        }
    }
    return [...byName.keys()].sort(compareBytes).map((name) => byName.get(name));
}
/** The `*.d` names of a folder listing, found once per listing (a tree hands out the same one again). */
const DROPIN_FOLDERS = new WeakMap();
function dropinFoldersIn(listing) {
    if (!listing)
        return undefined;
    let folders = DROPIN_FOLDERS.get(listing);
    if (!folders) {
        folders = new Set(listing.filter((name) => name.endsWith(".d")));
        DROPIN_FOLDERS.set(listing, folders);
    }
    return folders;
}
/** A warning about an assignment's key (unknown, removed): systemd ignores the line and reads on. */
function keyWarning(code, systemdMessage, file, a) {
    return {
        code,
        systemdMessage,
        file,
        assignment: a,
        span: a.keySpan,
        reportLine: a.reportLine,
        subject: a.key,
        stopsFile: false,
        fatal: false,
    };
}
/** strcmp() order for names (UTF-16 order equals byte order for the ASCII names units use). */
function compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The name a release's systemd analyses for a unit file, or null when the file name is not a unit name. */
function analysedName(path, release = releaseOf()) {
    const parsed = parseUnitName(basename(path));
    if (!parsed)
        return null;
    return isTemplate(parsed) ? withInstance(parsed, release.templateInstance) : parsed;
}
function loadUnit(tree, path, cache = new Map(), release = releaseOf()) {
    const name = analysedName(path, release);
    const fragment = parseCached(tree, path, cache);
    if (!name || !fragment)
        return null;
    const dropins = findDropins(tree, dirname(path), name)
        .map((p) => parseCached(tree, p, cache))
        .filter((f) => f !== undefined);
    return loadFromFiles(name, fragment, dropins, path, release);
}
/** Applies the fragment and its drop-ins in order and derives the settings systemd would hold. */
function loadFromFiles(name, fragment, dropins, path = fragment.path, release = releaseOf()) {
    const load = beginLoad(name, fragment, release);
    for (const file of dropins)
        readFile(load, file);
    return finishLoad(load, path);
}
/** The unit with its fragment read. */
function beginLoad(name, fragment, release) {
    const load = {
        name,
        fragment,
        release,
        known: new Set(sectionsFor(name.type)),
        specifiers: { unit: name, fragmentPath: "/" + fragment.path },
        dropins: [],
        settings: defaultSettings(),
        warnings: [],
        readUpTo: new Map(),
        misc: new Map(),
        remainAfterExit: false,
    };
    readFile(load, fragment);
    return load;
}
/** A copy that reading more files into leaves `load` as it was. */
function copyLoad(load) {
    return {
        ...load,
        dropins: [...load.dropins],
        settings: copySettings(load.settings),
        warnings: [...load.warnings],
        readUpTo: new Map(load.readUpTo),
        misc: new Map(load.misc),
    };
}
/** Reads the next file (the fragment first, then each drop-in in order). */
function readFile(load, file) {
    const { release, known, specifiers, settings, warnings, readUpTo, misc } = load;
    const isFragment = file === load.fragment;
    if (!isFragment)
        load.dropins.push(file);
    // A unit file with a fatal error fails to load before systemd reads any drop-in.
    if (!isFragment && warnings.some((w) => w.fatal)) {
        readUpTo.set(file, -1);
        return;
    }
    readUpTo.set(file, Infinity);
    let fatalSeen = false;
    for (const entry of file.entries) {
        // systemd stops reading a file at its first fatal error: a unit file is then refused, the
        // rest of a drop-in is left unread.
        if (fatalSeen) {
            readUpTo.set(file, warnings
                .filter((w) => w.file === file && w.stopsFile)
                .reduce((m, w) => Math.min(m, w.reportLine), Infinity));
            break;
        }
        if (entry.kind === "section") {
            if (!known.has(entry.name) && !entry.name.startsWith("X-")) {
                warnings.push({
                    code: "unknown-section",
                    systemdMessage: `Unknown section '${entry.name}'. Ignoring.`,
                    file,
                    assignment: undefined,
                    span: entry.span,
                    reportLine: entry.firstLine,
                    subject: entry.name,
                    stopsFile: false,
                    fatal: false,
                });
            }
            continue;
        }
        if (entry.kind === "broken") {
            const d = entry.diagnostic;
            if (d.fatal) {
                fatalSeen = true;
                warnings.push({
                    code: "invalid-syntax",
                    systemdMessage: d.message,
                    file,
                    assignment: undefined,
                    span: d.span,
                    reportLine: d.reportLine,
                    subject: "",
                    stopsFile: true,
                    fatal: isFragment,
                });
            }
            continue;
        }
        if (entry.kind !== "assignment")
            continue;
        const a = entry;
        if (!known.has(a.section))
            continue;
        const how = resolveKey(release, a.section, a.key);
        if (!how.known) {
            if (!a.key.startsWith("X-")) {
                warnings.push(keyWarning("unknown-key", `Unknown key '${a.key}' in section [${a.section}], ignoring.`, file, a));
            }
            continue;
        }
        if (how.removed) {
            warnings.push(keyWarning("removed-option", `Support for option ${a.key}= has been removed and it is ignored`, file, a));
            continue;
        }
        const at = { file, assignment: a };
        const ctx = {
            settings,
            at,
            value: a.value,
            specifiers,
            release,
            warn(code, systemdMessage, subject = a.value, range, fatal = false) {
                if (fatal)
                    fatalSeen = true;
                warnings.push({
                    code,
                    systemdMessage,
                    file,
                    assignment: a,
                    span: warningSpan(a, range),
                    reportLine: a.reportLine,
                    subject,
                    stopsFile: fatal,
                    fatal: fatal && isFragment,
                });
            },
        };
        if (how.parser)
            how.parser(ctx);
        else if (how.validator)
            how.validator(ctx, a.key);
        if (a.section === "Service" && a.key === "RemainAfterExit")
            load.remainAfterExit = parseBoolean(a.value) ?? load.remainAfterExit;
        else if (a.section === "Service" &&
            (a.key === "ExitType" || a.key === "KillMode" || a.key === "PAMName" || a.key === "Group"))
            misc.set(a.key, a.value);
    }
}
/** The settings systemd implies after loading, and whether it refuses the unit. */
function finishLoad(load, path = load.fragment.path) {
    const { name, fragment, dropins, settings, warnings, readUpTo, release, misc } = load;
    const hasExecContext = EXEC_SECTIONS.has(TYPE_SECTION[name.type] ?? "");
    if (hasExecContext)
        patchContexts(name, settings, release);
    if (name.type !== "service") {
        // Only services default to a private keyring; units without an execution context have none.
        settings.notifyAccess.value = null;
        if (settings.keyringMode.src === undefined)
            settings.keyringMode.value = hasExecContext ? "shared" : "";
    }
    const fatal = warnings.find((w) => w.fatal);
    const refusal = fatal
        ? `systemd refuses the unit: ${fatal.systemdMessage}`
        : name.type === "service"
            ? verifyService(settings, load.remainAfterExit, misc)
            : null;
    return { path, name, fragment, dropins, settings, warnings, refusal, readUpTo, release };
}
/** unit_patch_contexts(): what systemd implies after loading. */
function patchContexts(name, s, release) {
    const cap = (set, bits, src) => {
        for (const bit of bits) {
            if (set.mask & CAP_BIT[bit]) {
                set.mask &= ~CAP_BIT[bit];
                set.srcByBit[bit] = src;
            }
        }
    };
    const b = s.bools;
    if (b.privateDevices.value)
        cap(s.capabilityBoundingSet, [27, 17], b.privateDevices.src);
    if (b.protectKernelModules.value)
        cap(s.capabilityBoundingSet, [16], b.protectKernelModules.src);
    if (b.protectKernelLogs.value)
        cap(s.capabilityBoundingSet, [34], b.protectKernelLogs.src);
    if (b.protectClock.value)
        cap(s.capabilityBoundingSet, [25, 35], b.protectClock.src);
    if (s.dynamicUser.value) {
        const src = s.dynamicUser.src;
        if (s.user.value === null) {
            s.user.value = isStrictUserName(name.prefix) ? name.prefix : "_du_hashed";
            s.user.src = src;
        }
        const force = (t) => {
            if (!t.value) {
                t.value = true;
                t.src = src;
            }
        };
        force(b.privateTmp);
        force(b.removeIpc);
        force(b.noNewPrivileges);
        force(b.restrictSuidSgid);
        if (s.protectSystem.value !== "strict") {
            s.protectSystem.value = "strict";
            s.protectSystem.src = src;
        }
        if (s.protectHome.value === "no") {
            s.protectHome.value = "read-only";
            s.protectHome.src = src;
        }
    }
    if (b.privateDevices.value && s.devicePolicy.value === "auto") {
        s.devicePolicy.value = "closed";
        s.devicePolicy.src = b.privateDevices.src;
    }
    const add = (path, mode, src) => s.deviceAllow.entries.push({ path, mode, src });
    if (s.devicePolicy.value !== "auto" || s.deviceAllow.entries.length > 0) {
        if (s.rootImage.value !== null || s.mountImages.value) {
            const src = s.rootImage.value !== null ? s.rootImage.src : s.mountImages.src;
            add("/dev/loop-control", "rw", src);
            add("/dev/mapper/control", "rw", src);
            for (const dev of ["block-loop", "block-blkext", "block-device-mapper"])
                add(dev, "rwm", src);
        }
        if (b.protectClock.value)
            add("char-rtc", "r", b.protectClock.src);
        const encrypted = [...s.credentials.load.values(), ...s.credentials.set.values()].some((e) => e);
        if (encrypted && release.encryptedCredentialDevice)
            add(release.encryptedCredentialDevice, "rw", s.encryptedCredentials.src);
    }
}
/** The first word of each command an Exec*= line holds (a lone `;` separates commands). */
function commandCount(lines) {
    let n = 0;
    for (const l of lines) {
        const { words } = splitWords(l.assignment.value, {
            unquote: true,
            cunescape: true,
            relax: true,
        });
        n +=
            1 +
                words.filter((w) => w.text === ";" && l.assignment.value.slice(w.start, w.end) === ";")
                    .length;
    }
    return n;
}
/** service_verify(): the settings without which systemd refuses to load a service. */
function verifyService(s, remainAfterExit, misc) {
    const starts = s.commands.get("ExecStart") ?? [];
    const stops = s.commands.get("ExecStop") ?? [];
    const success = s.successAction.value !== null && s.successAction.value !== "none";
    const type = s.serviceType.value ?? (s.busName.value ? "dbus" : starts.length > 0 ? "simple" : "oneshot");
    if (starts.length === 0 && stops.length === 0 && !success)
        return "Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.";
    if (type !== "oneshot" && starts.length === 0)
        return "Service has no ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.";
    if (!remainAfterExit && starts.length === 0 && !success)
        return "Service has no ExecStart= and no SuccessAction= settings and does not have RemainAfterExit=yes set. Refusing.";
    if (type !== "oneshot" && commandCount(starts) > 1)
        return "Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.";
    if (type === "oneshot" && (s.restart.value === "always" || s.restart.value === "on-success"))
        return "Service has Restart= set to either always or on-success, which isn't allowed for Type=oneshot services. Refusing.";
    if (type === "oneshot" && misc.get("ExitType") === "cgroup")
        return "Service has ExitType=cgroup set, which isn't allowed for Type=oneshot services. Refusing.";
    if (type === "dbus" && !s.busName.value)
        return "Service is of type D-Bus but no D-Bus service name has been specified. Refusing.";
    const kill = misc.get("KillMode") ?? "control-group";
    if (misc.get("PAMName") && kill !== "control-group" && kill !== "mixed")
        return "Service has PAM enabled. Kill mode must be set to 'control-group' or 'mixed'. Refusing.";
    if (s.modes.privateUsers === "managed" &&
        ((s.user.value ?? "") !== "" || s.dynamicUser.value || misc.get("Group") || misc.get("PAMName"))) {
        return "PrivateUsers=managed may not be used in combination with User=/DynamicUser=/Group=/PAMName=. Refusing.";
    }
    return null;
}

;// CONCATENATED MODULE: ./build/src/core/discover.js
/**
 * Finding unit files and drop-ins in a tree, and mapping a changed file to the units it affects
 * (a changed `web.service.d/x.conf` affects `web.service`; a changed `service.d/x.conf` every
 * service beside it).
 */



/** Folders never searched: version control, dependencies, build output. */
const SKIPPED_DIRS = new Set([".git", "node_modules", ".hg", ".svn"]);
/** Whether a path is a drop-in: `NAME.TYPE.d/*.conf` or `TYPE.d/*.conf`. */
function isDropinPath(path) {
    if (!path.endsWith(".conf"))
        return false;
    const dir = basename(dirname(path));
    if (!dir.endsWith(".d"))
        return false;
    const stem = dir.slice(0, -2);
    return unitTypeOf(stem) !== null || unitTypeOf(`x.${stem}`) === stem;
}
/** Whether a path names a unit file (its file name is a valid unit name). */
function isUnitPath(path) {
    return parseUnitName(basename(path)) !== null;
}
/** A file named like a unit (NAME.service, …) whose name systemd would reject (spaces, non-ASCII, …). */
function isInvalidUnitName(path) {
    const name = basename(path);
    return !isUnitPath(path) && unitTypeOf(name) !== null && !name.startsWith(".");
}
const isDirectory = (tree, path) => tree.list(path) !== undefined;
/** Every unit file and drop-in under `dir`, recursively. */
function discover(tree, dir = "") {
    const units = [];
    const invalid = [];
    const dropins = [];
    const walk = (d) => {
        for (const name of tree.list(d) ?? []) {
            const path = joinPath(d, name);
            if (isDirectory(tree, path)) {
                if (!SKIPPED_DIRS.has(name))
                    walk(path);
            }
            else if (isDropinPath(path))
                dropins.push(path);
            else if (isUnitPath(path))
                units.push(path);
            else if (isInvalidUnitName(path))
                invalid.push(path);
        }
    };
    walk(dir);
    return { units: units.sort(), invalid: invalid.sort(), dropins: dropins.sort() };
}
/** The units to scan for some inputs: folders (searched recursively), unit files, drop-ins. */
function selectUnits(tree, inputs) {
    const units = new Set();
    const dropins = new Set();
    const rejected = [];
    for (const input of inputs) {
        if (isDirectory(tree, input)) {
            const found = discover(tree, input);
            found.units.forEach((u) => units.add(u));
            found.invalid.forEach((u) => units.add(u));
            found.dropins.forEach((d) => dropins.add(d));
        }
        else if (tree.read(input) === undefined)
            rejected.push(input);
        else if (isDropinPath(input))
            dropins.add(input);
        else if (isUnitPath(input) || isInvalidUnitName(input))
            units.add(input);
        else
            rejected.push(input);
    }
    // A drop-in applies to the units beside its folder whose drop-in search finds it; one search
    // per unit file of each folder that holds drop-ins.
    const orphans = [];
    const byBase = new Map();
    for (const d of dropins) {
        const base = dirname(dirname(d));
        const list = byBase.get(base);
        if (list)
            list.push(d);
        else
            byBase.set(base, [d]);
    }
    for (const [base, own] of byBase) {
        const applied = new Map();
        for (const n of tree.list(base) ?? []) {
            const u = joinPath(base, n);
            const name = isUnitPath(u) && !isDirectory(tree, u) ? analysedName(u) : null;
            if (!name)
                continue;
            for (const d of findDropins(tree, base, name)) {
                const list = applied.get(d);
                if (list)
                    list.push(u);
                else
                    applied.set(d, [u]);
            }
        }
        for (const d of own) {
            const affected = applied.get(d);
            if (!affected)
                orphans.push(d);
            else
                affected.forEach((u) => units.add(u));
        }
    }
    return { units: [...units].sort(), orphans: orphans.sort(), rejected };
}
/**
 * The unit files in `units` whose effective unit includes the drop-in at `dropin` (a drop-in
 * only applies to units in the folder that holds its `*.d` folder).
 */
function unitsAffectedByDropin(tree, dropin, units) {
    const base = dirname(dirname(dropin));
    return units.filter((u) => {
        if (dirname(u) !== base)
            return false;
        const name = analysedName(u);
        return name !== null && findDropins(tree, base, name).includes(dropin);
    });
}

;// CONCATENATED MODULE: ./build/src/core/lint/deprecated.js

const USES = "Unit uses $=; please use CPUWeight= instead. Support for $= will be removed soon.";
const USES_IO = "Unit uses $=; please use IO*= settings instead. Support for $= will be removed soon.";
const DEPRECATED = [
    {
        key: "*.MemoryLimit",
        use: "MemoryMax= (the same size: the hard limit on the unified cgroup hierarchy)",
        systemd: "Unit uses MemoryLimit=; please use MemoryMax= instead. Support for MemoryLimit= will be removed soon.",
    },
    {
        key: "*.CPUShares",
        use: "CPUWeight= (1..10000, default 100; CPUShares=1024 is CPUWeight=100)",
        systemd: USES,
    },
    { key: "*.StartupCPUShares", use: "StartupCPUWeight=", systemd: USES },
    { key: "*.BlockIOWeight", use: "IOWeight=" },
    { key: "*.StartupBlockIOWeight", use: "StartupIOWeight=" },
    { key: "*.BlockIODeviceWeight", use: "IODeviceWeight=", systemd: USES_IO },
    { key: "*.BlockIOReadBandwidth", use: "IOReadBandwidthMax=", systemd: USES_IO },
    { key: "*.BlockIOWriteBandwidth", use: "IOWriteBandwidthMax=", systemd: USES_IO },
    { key: "*.BlockIOAccounting", use: "IOAccounting=" },
    {
        key: "Service.PermissionsStartOnly",
        use: "a '+' prefix on the Exec*= commands that need full privileges (ExecStartPre=+/usr/bin/setup)",
    },
    { key: "Unit.OnFailureIsolate", use: "OnFailureJobMode=isolate" },
    { key: "Unit.BindTo", use: "BindsTo=" },
    {
        key: "Unit.RequiresOverridable",
        use: "Requires=",
        systemd: "Unit dependency type $= is obsolete, replacing by Requires=, please update your unit file",
    },
    {
        key: "Unit.RequisiteOverridable",
        use: "Requisite=",
        systemd: "Unit dependency type $= is obsolete, replacing by Requisite=, please update your unit file",
    },
    { key: "Unit.PropagateReloadTo", use: "PropagatesReloadTo=" },
    { key: "Unit.PropagateReloadFrom", use: "ReloadPropagatedFrom=" },
    { key: "Unit.StartLimitInterval", use: "StartLimitIntervalSec=" },
    { key: "Service.StartLimitInterval", use: "StartLimitIntervalSec= in [Unit]" },
    { key: "Service.StartLimitBurst", use: "StartLimitBurst= in [Unit]" },
    { key: "Service.StartLimitAction", use: "StartLimitAction= in [Unit]" },
    { key: "Service.FailureAction", use: "FailureAction= in [Unit]" },
    { key: "Service.RebootArgument", use: "RebootArgument= in [Unit]" },
];
const REMOVED = [
    { key: "*.Capabilities", use: "CapabilityBoundingSet= and AmbientCapabilities=" },
    { key: "*.NetClass", use: "nothing (net_cls is gone; use IPAddressDeny= or a firewall)" },
    { key: "Unit.IgnoreOnSnapshot", use: "nothing (snapshots are gone)" },
    { key: "Service.SysVStartPriority", use: "nothing (ordering comes from After=/Before=)" },
    { key: "Service.BusPolicy", use: "D-Bus policy files" },
];
/** The entries of a table by key, for a lookup per assignment. */
function byKey(table) {
    const m = new Map();
    for (const r of table) {
        const [section, key] = r.key.split(".");
        m.set(key, [...(m.get(key) ?? []), { section, r }]);
    }
    return m;
}
const DEPRECATED_BY_KEY = byKey(DEPRECATED);
const REMOVED_BY_KEY = byKey(REMOVED);
function find(table, a) {
    return table.get(a.key)?.find((e) => e.section === "*" || e.section === a.section)?.r;
}
/**
 * `removedOptions` are the `Section.Key`s the release names only to say they are gone: a
 * deprecated setting among them (the cgroup v1 ones from 258) is reported as removed.
 */
function deprecatedFindings(files, known, warnings, removedOptions = new Set()) {
    const findings = [];
    for (const file of files) {
        for (const a of file.assignments) {
            if (!known.has(a.section))
                continue;
            const deprecated = find(DEPRECATED_BY_KEY, a);
            // Only a deprecated key can be among the release's removed options: most keys are neither,
            // and cost two lookups by key.
            const removed = find(REMOVED_BY_KEY, a) ??
                (deprecated && removedOptions.has(`${a.section}.${a.key}`) ? deprecated : undefined);
            if (!removed && !deprecated && a.key !== "KillMode")
                continue;
            const at = { path: file.path, file, span: a.keySpan };
            if (removed) {
                const systemd = {
                    message: `Support for option ${a.key}= has been removed and it is ignored`,
                    line: a.reportLine + 1,
                };
                findings.push(ruleFinding("removed-option", at, `${a.key}= has been removed from systemd: systemd ignores it; use ${removed.use}`, { systemd }));
                continue;
            }
            if (deprecated) {
                // MemoryLimit= is reported only once its value parsed; the others before parsing.
                const logged = deprecated.systemd !== undefined &&
                    !(a.key === "MemoryLimit" && warnings.some((w) => w.assignment === a));
                const systemd = logged
                    ? {
                        systemd: {
                            message: deprecated.systemd.replaceAll("$", a.key),
                            line: a.reportLine + 1,
                        },
                    }
                    : {};
                findings.push(ruleFinding("deprecated-option", at, `${a.key}= is deprecated: use ${deprecated.use}`, systemd));
            }
            else if (a.key === "KillMode" && a.value === "none" && a.section !== "Unit") {
                findings.push(ruleFinding("deprecated-option", { ...at, span: a.valueSpan }, "KillMode=none is deprecated, it leaves processes behind: use KillMode=mixed or control-group"));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./build/src/core/hardening.js
/**
 * What each hardening setting does, in one clause: used by lint messages, the comments of the
 * drop-ins the fix engine writes, and the generated docs. `since` is the systemd version that
 * brought the setting.
 */
const S = (key, since, blocks, risk) => ({
    key,
    since,
    blocks,
    risk,
});
const HARDENING_SETTINGS = [
    S("NoNewPrivileges", 187, "gaining privileges through setuid/setgid binaries and file capabilities", "programs that call sudo, su, ping (setuid) or other setuid helpers"),
    S("PrivateTmp", 187, "access to other services' files in /tmp and /var/tmp", "services that share files through /tmp with other programs"),
    S("PrivateDevices", 209, "access to physical devices (a private /dev with pseudo devices only)", "services that use hardware: disks, GPUs, serial ports, /dev/kvm"),
    S("PrivateNetwork", 33, "all network access but loopback", "anything that talks to the network or resolves names"),
    S("PrivateUsers", 232, "seeing other users (a user namespace that maps only the service's user)", "binding ports below 1024, owning files of other users"),
    S("PrivateMounts", 239, "mounting file systems visible to the rest of the system", "services that mount for other processes"),
    S("ProtectSystem", 214, "writes to /usr, /boot, /efi (full: also /etc; strict: the whole tree but /dev, /proc, /sys)", "writes outside the paths listed in ReadWritePaths= or *Directory="),
    S("ProtectHome", 214, "access to /home, /root and /run/user", "services whose data lives in a home directory"),
    S("ProtectKernelTunables", 232, "writes to kernel variables in /proc/sys, /sys and /proc/sysrq-trigger", "services that tune the kernel (sysctl)"),
    S("ProtectKernelModules", 232, "loading and unloading kernel modules", "services that load modules (drivers, VPNs)"),
    S("ProtectKernelLogs", 244, "reading and writing the kernel log ring buffer", "log collectors that read /dev/kmsg"),
    S("ProtectControlGroups", 232, "writes to the cgroup file system", "container managers and services that manage cgroups"),
    S("ProtectClock", 245, "changing the system and hardware clock", "time synchronisation daemons"),
    S("ProtectHostname", 242, "changing the host name", "services that set the host name"),
    S("ProtectProc", 247, "seeing other users' processes in /proc", "monitoring tools that inspect other processes"),
    S("ProcSubset", 247, "access to the non-process files of /proc (kernel state)", "tools that read /proc/meminfo, /proc/cpuinfo or similar"),
    S("RestrictSUIDSGID", 242, "creating setuid and setgid files", "package managers and installers"),
    S("RestrictRealtime", 231, "realtime scheduling (which can starve the whole system)", "audio and latency-critical services"),
    S("RestrictNamespaces", 233, "creating namespaces (the basis of most container escapes)", "container runtimes, browsers' sandboxes, services that use unshare()"),
    S("LockPersonality", 235, "switching the execution domain (personality) of the process", "programs that run binaries for other ABIs"),
    S("MemoryDenyWriteExecute", 231, "memory that is both writable and executable (injected code)", "JIT runtimes: Node.js, Java, .NET, LuaJIT, PyPy, PHP with JIT, wasm engines"),
    S("RemoveIPC", 232, "System V IPC objects outliving the service", "services that hand IPC objects to others"),
    S("SystemCallArchitectures", 209, "system calls of other ABIs (x32, i386), which slip past filters", "services that run 32-bit binaries"),
    S("SystemCallFilter", 187, "system calls outside the allowed set (killed with SIGSYS)", "programs that need a call the filter removes"),
    S("RestrictAddressFamilies", 211, "sockets of other address families (packet, netlink, bluetooth, …)", "services that enumerate interfaces (netlink) or use raw packets"),
    S("CapabilityBoundingSet", 187, "the capabilities not listed, even for root", "services that need a dropped capability"),
    S("AmbientCapabilities", 229, "nothing; it grants capabilities to a non-root service", "none, but every capability granted widens exposure"),
    S("DynamicUser", 232, "a fixed identity: the service runs as a transient user with a read-only view of the system", "services that own files outside StateDirectory= or need a fixed uid"),
    S("UMask", 1, "files created world- or group-readable by default", "services whose files other users must read"),
    S("IPAddressDeny", 235, "network traffic to and from addresses not allowed by IPAddressAllow=", "anything that talks to other hosts"),
    S("DevicePolicy", 208, "access to device nodes not listed in DeviceAllow=", "services that use hardware"),
    S("KeyringMode", 235, "sharing kernel keyrings with other services", "none for most services"),
    S("NotifyAccess", 188, "status notifications from processes other than the main one", "none for most services"),
    S("Delegate", 218, "nothing; it hands the service its own cgroup subtree", "none, but only container managers need it"),
];
const HARDENING_BY_KEY = new Map(HARDENING_SETTINGS.map((s) => [s.key, s]));

;// CONCATENATED MODULE: ./build/src/core/lint/exposure.js
/**
 * Rules about what the settings do together: settings that widen exposure or undo another,
 * settings that contradict each other, a system call allow list no program can start with, lists
 * written with commas, user names systemd accepts only under its relaxed rules.
 */







const BOOLEAN_PROTECTIONS = [
    "PrivateTmp",
    "PrivateDevices",
    "PrivateNetwork",
    "PrivateUsers",
    "PrivateMounts",
    "PrivateIPC",
    "NoNewPrivileges",
    "ProtectKernelTunables",
    "ProtectKernelModules",
    "ProtectKernelLogs",
    "ProtectControlGroups",
    "ProtectClock",
    "ProtectHostname",
    "RestrictRealtime",
    "RestrictSUIDSGID",
    "LockPersonality",
    "MemoryDenyWriteExecute",
    "RemoveIPC",
];
/** Capabilities that make a service as good as root, or close. */
const DANGEROUS_CAPABILITIES = new Set([
    "cap_sys_admin",
    "cap_net_admin",
    "cap_sys_ptrace",
    "cap_sys_module",
    "cap_sys_rawio",
    "cap_dac_override",
    "cap_dac_read_search",
    "cap_setuid",
    "cap_setgid",
    "cap_setpcap",
    "cap_chown",
    "cap_fowner",
    "cap_sys_boot",
    "cap_bpf",
    "cap_perfmon",
    "cap_sys_time",
    "cap_linux_immutable",
    "cap_mac_admin",
    "cap_mac_override",
    "cap_audit_control",
    "cap_mknod",
    "cap_setfcap",
    "cap_sys_resource",
    "cap_checkpoint_restore",
]);
/** Groups whose members are root in all but name (or can read every secret). */
const PRIVILEGED_GROUPS = new Set([
    "root",
    "wheel",
    "sudo",
    "admin",
    "disk",
    "shadow",
    "docker",
    "lxd",
    "kvm",
]);
const exposure_where = (l) => `${l.file.path}:${l.file.lineIndex.position(l.assignment.span.start).line}`;
function add(ctx, id, file, span, message, variant) {
    ctx.findings.push(ruleFinding(id, { path: file.path, file, span }, message, variant === undefined ? {} : { variant }));
}
/** Every assignment systemd reads for this unit, in the order it applies them. */
function assignments(ctx) {
    const out = [];
    for (const file of [ctx.unit.fragment, ...ctx.unit.dropins]) {
        for (const a of file.assignments)
            if (ctx.known.has(a.section))
                out.push({ file, assignment: a });
    }
    return out;
}
function isOn(key, value) {
    if (key === "ProtectSystem")
        return value === "strict" || value === "full" || parseBoolean(value) === true
            ? true
            : parseBoolean(value) === false
                ? false
                : null;
    if (key === "ProtectHome")
        return value === "read-only" || value === "tmpfs" || parseBoolean(value) === true
            ? true
            : parseBoolean(value) === false
                ? false
                : null;
    if (key === "RestrictNamespaces")
        return parseBoolean(value);
    return parseBoolean(value);
}
function widening(ctx, all) {
    const lastOn = new Map();
    for (const l of all) {
        const a = l.assignment;
        const { key, value } = a;
        if (BOOLEAN_PROTECTIONS.includes(key) ||
            key === "ProtectSystem" ||
            key === "ProtectHome" ||
            key === "RestrictNamespaces") {
            const on = isOn(key, value);
            if (on === true || (on === null && key === "RestrictNamespaces" && value !== ""))
                lastOn.set(key, l);
            if (on === false) {
                const info = HARDENING_BY_KEY.get(key);
                const prev = lastOn.get(key);
                const undoes = prev ? `, undoing ${key}=${prev.assignment.value} of ${exposure_where(prev)}` : "";
                add(ctx, "widens-exposure", l.file, a.span, `${key}=${value} switches a protection off${undoes}: the service is no longer kept from ${info?.blocks ?? "what it guards"}; remove the line unless the service needs that`);
                lastOn.delete(key);
            }
            continue;
        }
        if (key === "Delegate" && (value === "" || parseBoolean(value) !== false)) {
            add(ctx, "widens-exposure", l.file, a.span, `Delegate=${value} hands the service its own cgroup subtree, to create cgroups, move processes and (with controllers) change its own resource limits: only container managers need it; remove the line`);
        }
        if (key === "AmbientCapabilities" && value !== "") {
            const invert = value.startsWith("~");
            const words = splitWords(invert ? value.slice(1) : value, { unquote: true }).words;
            if (invert) {
                add(ctx, "widens-exposure", l.file, a.span, `AmbientCapabilities=${value} grants every capability but the ones listed: the service is nearly root; list only the capabilities it needs`);
                continue;
            }
            for (const w of words) {
                const n = capabilityNumber(w.text);
                if (n === null)
                    continue;
                const name = CAPABILITIES[n];
                if (name && DANGEROUS_CAPABILITIES.has(name)) {
                    add(ctx, "widens-exposure", l.file, valueRangeToSpan(a, w.start, w.end), `AmbientCapabilities= grants ${name.toUpperCase()}, which comes close to root: grant it only if the service cannot work without it, and say why in a suppression`);
                }
            }
        }
        if (key === "UMask" && /^[0-7]+$/.test(value) && !(parseInt(value, 8) & 0o002)) {
            add(ctx, "widens-exposure", l.file, a.span, `UMask=${value} makes the files the service creates writable by every user: use UMask=0027 or 0077`);
        }
        if (key === "KeyringMode" && value === "shared") {
            add(ctx, "widens-exposure", l.file, a.span, "KeyringMode=shared links the service's keyring to the user's, so its keys leak to other services of that user: use KeyringMode=private");
        }
        if (key === "NotifyAccess" && value === "all") {
            add(ctx, "widens-exposure", l.file, a.span, "NotifyAccess=all lets any process of the service's cgroup report its state: use NotifyAccess=main (or exec)");
        }
        if (key === "SupplementaryGroups") {
            for (const w of splitWords(value, {}).words) {
                if (PRIVILEGED_GROUPS.has(w.text)) {
                    add(ctx, "widens-exposure", l.file, valueRangeToSpan(a, w.start, w.end), `SupplementaryGroups= adds the '${w.text}' group, whose members are root in all but name (or can read every secret): remove it, or grant the one access the service needs`);
                }
            }
        }
        if (key === "IPAddressAllow" &&
            splitWords(value, {}).words.some((w) => ["any", "0.0.0.0/0", "::/0"].includes(w.text))) {
            add(ctx, "widens-exposure", l.file, a.span, `IPAddressAllow=${value} allows every address, which undoes IPAddressDeny=: allow only the networks the service talks to`);
        }
    }
}
function conflicts(ctx) {
    const s = ctx.unit.settings;
    const dyn = s.dynamicUser;
    if (dyn.value && dyn.src) {
        const user = s.user.value;
        if ((user === "root" || user === "0") && s.user.src) {
            add(ctx, "conflicting-options", s.user.src.file, s.user.src.assignment.span, `User=${user} with DynamicUser=yes (${exposure_where(dyn.src)}) runs the service as root: DynamicUser= allocates no user when User= names root; remove User=${user}`);
        }
        for (const l of assignments(ctx)) {
            const { key, value } = l.assignment;
            const weaker = (key === "ProtectSystem" && value !== "strict" && isOn(key, value) !== null) ||
                (["PrivateTmp", "RemoveIPC", "NoNewPrivileges", "RestrictSUIDSGID"].includes(key) &&
                    parseBoolean(value) === false);
            if (weaker) {
                const forced = key === "ProtectSystem" ? "strict" : "yes";
                add(ctx, "conflicting-options", l.file, l.assignment.span, `${key}=${value} has no effect: DynamicUser=yes (${exposure_where(dyn.src)}) forces ${key}=${forced}; remove the line`, "no-effect");
            }
        }
    }
    if (s.bools.privateDevices.value && s.bools.privateDevices.src) {
        for (const e of s.deviceAllow.entries) {
            if (!e.src ||
                !e.path.startsWith("/dev/") ||
                ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom", "/dev/tty"].includes(e.path))
                continue;
            add(ctx, "conflicting-options", e.src.file, e.src.assignment.span, `DeviceAllow=${e.path} cannot give the service that device: PrivateDevices=yes (${exposure_where(s.bools.privateDevices.src)}) leaves only pseudo devices in its /dev; drop PrivateDevices=yes and use DevicePolicy=closed with DeviceAllow=`);
        }
    }
    const missing = [];
    // Ambient capabilities the bounding set removes (most units have none: no bit is looked at).
    const lost = s.ambientCapabilities.mask & ~s.capabilityBoundingSet.mask;
    for (let bit = 0; lost !== 0n && bit < 64; bit++) {
        if ((lost >> BigInt(bit)) & 1n)
            missing.push(CAPABILITIES[bit]?.toUpperCase() ?? String(bit));
    }
    const ambientSrc = s.ambientCapabilities.srcByBit.find((x) => x);
    if (missing.length > 0 && ambientSrc && s.capabilityBoundingSet.srcByBit.some((x) => x)) {
        add(ctx, "conflicting-options", ambientSrc.file, ambientSrc.assignment.span, `AmbientCapabilities= grants ${missing.join(" ")}, which CapabilityBoundingSet= (or a Protect*= setting) removes: the service will not have it; add it to CapabilityBoundingSet= or drop it here`);
    }
    if (s.protectHome.value !== "no") {
        for (const l of assignments(ctx)) {
            if (l.assignment.key !== "ReadWritePaths")
                continue;
            for (const w of splitWords(l.assignment.value, { unquote: true }).words) {
                const p = w.text.replace(/^[-+]+/, "");
                if (/^\/(home|root|run\/user)(\/|$)/.test(p)) {
                    add(ctx, "conflicting-options", l.file, valueRangeToSpan(l.assignment, w.start, w.end), `ReadWritePaths=${p} lies under a home directory, which ProtectHome=${s.protectHome.value} hides or makes read-only: the path cannot be made writable again; move the data to StateDirectory= or use ProtectHome=tmpfs with BindPaths=`);
                }
            }
        }
    }
}
const ESSENTIAL_SYSCALLS = ["read", "write", "close"];
function narrowAllowList(ctx) {
    const f = ctx.unit.settings.systemCallFilter;
    if (!f.allowList || !f.entries || !f.src)
        return;
    const allowed = (n) => f.entries.get(n) === -1;
    const missing = ESSENTIAL_SYSCALLS.filter((n) => !allowed(n));
    if (!allowed("openat") && !allowed("open"))
        missing.push("openat");
    if (missing.length === 0)
        return;
    add(ctx, "narrow-syscall-allow-list", f.src.file, f.src.assignment.span, `SystemCallFilter= is an allow list without ${missing.join(", ")}: the service is killed at its first file access; allow @system-service and deny what you do not want on a second line (SystemCallFilter=~@privileged @resources)`);
}
/** Path lists (`PATH [...]`); dependency lists are checked from systemd's own warning. */
const PATH_LISTS = new Set(Object.entries(CONFIG_ITEMS).flatMap(([section, keys]) => Object.entries(keys)
    .filter(([, kind]) => kind.startsWith("PATH") && kind.includes("[...]"))
    .map(([k]) => `${section}.${k}`)));
const LIST_KIND = (section, key) => PATH_LISTS.has(`${section}.${key}`) ? "path" : null;
function commaLists(ctx, all) {
    for (const l of all) {
        const a = l.assignment;
        if (!a.value.includes(","))
            continue;
        const kind = a.key === "SupplementaryGroups" ? "group" : LIST_KIND(a.section, a.key);
        if (!kind)
            continue;
        for (const w of splitWords(a.value, { unquote: true }).words) {
            const parts = w.text.split(",");
            if (parts.length < 2 || parts.some((p) => p.trim() === ""))
                continue;
            const looksRight = parts.every((p) => {
                const t = p.trim();
                if (kind === "path")
                    return /^[-+!:]*\//.test(t);
                return isStrictUserName(t);
            });
            if (!looksRight)
                continue;
            add(ctx, "comma-separated-list", l.file, valueRangeToSpan(a, w.start, w.end), `'${w.text}' is read as one ${kind === "path" ? "path" : "group name"}, because systemd splits ${a.key}= on spaces, not commas: write '${parts.map((p) => p.trim()).join(" ")}'`);
        }
    }
}
function userNames(ctx, all) {
    for (const l of all) {
        const a = l.assignment;
        if (!["User", "Group", "SupplementaryGroups"].includes(a.key) ||
            a.value === "" ||
            a.value.includes("%"))
            continue;
        const words = a.key === "SupplementaryGroups"
            ? splitWords(a.value, {}).words
            : [{ text: a.value, start: 0, end: a.value.length }];
        for (const w of words) {
            if (isStrictUserName(w.text) || /^(0|[1-9][0-9]*)$/.test(w.text) || w.text.includes(","))
                continue;
            add(ctx, "unsafe-user-name", l.file, valueRangeToSpan(a, w.start, w.end), `'${w.text}' is not a portable user or group name (letters, digits, '_' and '-', not starting with a digit, at most 31 characters): systemd accepts it under relaxed rules, other tools may not; rename it`);
        }
    }
}
function exposureFindings(unit, known) {
    const ctx = { unit, findings: [], known };
    const all = assignments(ctx);
    widening(ctx, all);
    conflicts(ctx);
    narrowAllowList(ctx);
    commaLists(ctx, all);
    userNames(ctx, all);
    return ctx.findings;
}

;// CONCATENATED MODULE: ./build/src/core/lint/versions.js


function accepts(unit, w) {
    return (!unit.warnings.some((x) => x.assignment === w.assignment && x.code === w.code && x.subject === w.subject) && !unit.warnings.some((x) => x.assignment === w.assignment && x.span.start === w.span.start));
}
/**
 * For a warning of the floor's loader: the release that first accepts the line, and the listed
 * releases that accept it; null when no listed release does.
 */
function acceptedLater(w, floor, listed, loadAs) {
    if (!w.assignment)
        return null;
    const accepting = listed.filter((v) => v > floor && accepts(loadAs(releaseOf(v)), w));
    if (accepting.length === 0)
        return null;
    let since = accepting[0];
    for (let v = floor + 1; v < since; v++) {
        if (accepts(loadAs(releaseOf(v)), w)) {
            since = v;
            break;
        }
    }
    return { since, listed: accepting };
}
/** The `too-new` finding for a line the floor ignores and later listed releases accept. */
function tooNewFinding(w, floor, later) {
    const a = w.assignment;
    const works = later.listed.join(", ");
    const isKey = w.code === "unknown-key";
    const what = isKey
        ? `${a.key}=`
        : `${a.key}=${w.subject === a.value ? a.value : `…${w.subject}…`}`;
    const ignored = isKey ? "ignores the key" : "ignores it";
    const remedy = isKey
        ? `keep it for ${works} and accept that ${floor} runs without it, or drop ${floor} from systemd-version`
        : `put a line systemd ${floor} understands before it (the later line wins where both work), or drop ${floor} from systemd-version`;
    return ruleFinding("too-new", { path: w.file.path, file: w.file, span: w.span }, `${what} came with systemd ${later.since}: systemd ${floor}, the oldest release in systemd-version, ${ignored}, so this protection is missing there (it works on ${works}); ${remedy}`, w.systemdMessage !== ""
        ? { systemd: { message: w.systemdMessage, line: w.reportLine + 1 } }
        : {});
}
/** A drop-in linted without its unit: keys the floor does not know but a later listed release does. */
function tooNewKeys(file, known, floor, listed) {
    const out = new Map();
    for (const a of file.assignments) {
        if (!known.has(a.section))
            continue;
        const since = keySince(a.section, a.key);
        if (since === null || since <= floor)
            continue;
        const accepting = listed.filter((v) => v >= since);
        if (accepting.length > 0)
            out.set(`${a.section}.${a.key}`, { since, listed: accepting });
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/core/lint/warnings.js
/**
 * What systemd logs while loading a unit, as findings: each says what was found (quoting it),
 * what systemd does with it, and the exact remedy.
 */




/** Levenshtein distance, for "did you mean". */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The keys of some sections, listed once per list of sections (a unit type's). */
const KEYS_OF = new Map();
function keysOf(sections) {
    const id = sections.join(" ");
    let keys = KEYS_OF.get(id);
    if (!keys) {
        keys = sections.flatMap((s) => Object.hasOwn(CONFIG_ITEMS, s) ? Object.keys(CONFIG_ITEMS[s]) : []);
        KEYS_OF.set(id, keys);
    }
    return keys;
}
/** The closest candidate, if it is close enough to be a typo. */
function nearest(word, candidates) {
    let best = null;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.min(3, Math.floor(word.length / 4)));
    for (const c of candidates) {
        const other = c.toLowerCase();
        if (other === lower)
            return c;
        // The distance is at least the difference in length: a candidate that cannot be within the
        // limit cannot be the answer, so its distance is not worked out.
        if (Math.abs(other.length - lower.length) > limit)
            continue;
        const d = editDistance(lower, other);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return bestDistance <= limit ? best : null;
}
function sectionsOfKey(key) {
    return Object.keys(CONFIG_ITEMS).filter((s) => Object.hasOwn(CONFIG_ITEMS[s], key));
}
const ENUM_VALUES = {
    ProtectSystem: "yes, no, full, strict",
    ProtectHome: "yes, no, read-only, tmpfs",
    ProtectProc: "default, noaccess, invisible, ptraceable",
    ProcSubset: "all, pid",
    KeyringMode: "inherit, private, shared",
    NotifyAccess: "none, main, exec, all",
    DevicePolicy: "auto, closed, strict",
    Type: "simple, exec, forking, oneshot, dbus, notify, idle",
    Restart: "no, on-success, on-failure, on-abnormal, on-watchdog, on-abort, always",
};
const ARCH_HINT = {
    amd64: "x86-64",
    x86_64: "x86-64",
    i386: "x86",
    i686: "x86",
    aarch64: "arm64",
    armhf: "arm",
    ppc64le: "ppc64-le",
};
/** The words of a comma-separated list, as they should be written (space-separated). */
function spaced(word) {
    return word
        .split(",")
        .map((w) => w.trim())
        .filter((w) => w !== "")
        .join(" ");
}
function warningFinding(w, unit) {
    const a = w.assignment;
    const key = a?.key ?? "";
    const subject = w.subject;
    const at = { path: w.file.path, file: w.file, span: w.span };
    const systemd = w.systemdMessage !== ""
        ? { systemd: { message: w.systemdMessage, line: w.reportLine + 1 } }
        : {};
    const effect = w.fatal
        ? "systemd refuses to load the unit"
        : w.stopsFile
            ? "systemd ignores the rest of this drop-in"
            : "systemd ignores it";
    const error = (id, message) => [ruleFinding(id, at, message, systemd)];
    const comma = subject.includes(",");
    switch (w.code) {
        case "removed-option":
            return []; // reported by the deprecated-option rules, with this same systemd message
        case "unknown-key": {
            const elsewhere = sectionsOfKey(key);
            const section = a?.section ?? "";
            const allowed = unit ? sectionsFor(unit.type) : ["Unit", "Service", "Install"];
            const home = elsewhere.find((s) => allowed.includes(s)) ?? elsewhere[0];
            if (home) {
                return error("wrong-section", `'${key}=' belongs in [${home}], not [${section}]: systemd ignores it here; move it to [${home}]`);
            }
            const guess = nearest(key, keysOf(allowed));
            return error("unknown-key", guess
                ? `unknown key '${key}=' in [${section}]: systemd ignores it; did you mean '${guess}='?`
                : `unknown key '${key}=' in [${section}]: systemd ignores it; check the spelling, or prefix a custom key with X-`);
        }
        case "unknown-section": {
            const allowed = unit ? sectionsFor(unit.type) : ["Unit", "Service", "Install"];
            const guess = nearest(subject, allowed);
            return error("unknown-section", `unknown section [${subject}]: systemd ignores it and every setting in it; ${guess ? `did you mean [${guess}]?` : `use ${allowed.map((s) => `[${s}]`).join(", ")}, or prefix custom sections with X-`}`);
        }
        case "invalid-value":
            return error("invalid-value", `'${subject}' is not a valid value for ${key}=: ${effect} (systemd: ${w.systemdMessage.replace(/, ignoring.*$|, ignoring\.$/, "")}); see systemd.resource-control(5) for the accepted forms`);
        case "invalid-dependency":
            if (comma)
                return error("comma-separated-list", `'${subject}' is read as one unit name, because systemd splits ${key}= on spaces, not commas: systemd ignores it; write '${spaced(subject)}'`);
            return error("invalid-value", `'${subject}' is not a unit name for ${key}=: systemd ignores it; write the full name with its type, e.g. '${subject}.service'`);
        case "invalid-boolean":
            return error("invalid-value", `'${subject}' is not a boolean for ${key}=: ${effect}; write yes or no`);
        case "invalid-enum": {
            // Boolean-like keys of later releases: the booleans plus the words the floor's grammar takes.
            const grammar = VALUE_GRAMMARS.filter((g) => g.key === key).at(-1);
            const values = ENUM_VALUES[key] ?? (grammar ? ["yes", "no", ...grammar.words].join(", ") : "yes, no");
            const guess = nearest(subject, values.split(", "));
            return error("invalid-value", `'${subject}' is not a value of ${key}=: ${effect}; ${guess ? `did you mean '${guess}'? ` : ""}use one of: ${values}`);
        }
        case "invalid-mode":
            return error("invalid-value", `'${subject}' is not an octal file mode for ${key}=: ${effect}; write octal digits, e.g. 0077`);
        case "unknown-syscall":
            if (comma)
                return error("comma-separated-list", `'${subject}' is read as one system call name, because systemd splits ${key}= on spaces, not commas: ${"systemd skips it"}; write '${spaced(subject)}'`);
            return error("unknown-syscall", `'${subject}' is not a system call libseccomp knows: systemd skips it; check the spelling (systemd-analyze syscall-filter lists the names)`);
        case "unknown-syscall-group": {
            const guess = nearest(subject, Object.keys(SYSCALL_GROUPS));
            return error("unknown-syscall", `'${subject}' is not a system call group of systemd 252: systemd skips it; ${guess ? `did you mean '${guess}'?` : "systemd-analyze syscall-filter lists the groups"}`);
        }
        case "invalid-syscall-errno":
            return error("invalid-value", `'${subject}' has no valid error number after ':': systemd skips it; use an errno name such as EPERM, or a number up to 4095`);
        case "allow-list-errno":
            return error("invalid-value", `'${subject}' is in an allow list, where an entry cannot carry an error number: systemd skips it; drop the ':' part, or deny the call with ~${subject}`);
        case "unknown-address-family":
            if (comma)
                return error("comma-separated-list", `'${subject}' is read as one address family, because systemd splits ${key}= on spaces, not commas: systemd skips it; write '${spaced(subject)}'`);
            return error("unknown-address-family", `'${subject}' is not an address family: systemd skips it; ${/^AF_/i.test(subject) ? "check the spelling" : `write 'AF_${subject.toUpperCase()}'`}${key === "RestrictAddressFamilies" ? " (a list that names no valid family denies every socket)" : ""}`);
        case "unknown-architecture": {
            if (comma)
                return error("comma-separated-list", `'${subject}' is read as one architecture, because systemd splits ${key}= on spaces, not commas: systemd skips it; write '${spaced(subject)}'`);
            const hint = ARCH_HINT[subject.toLowerCase()];
            return error("unknown-architecture", `'${subject}' is not an architecture name systemd knows: systemd skips it; write ${hint ? `'${hint}', or ` : ""}'native' for the host's own architecture`);
        }
        case "unknown-capability":
            if (comma)
                return error("comma-separated-list", `'${subject}' is read as one capability, because systemd splits ${key}= on spaces, not commas: systemd drops it without a warning; write '${spaced(subject)}'`);
            return error("unknown-capability", `'${subject}' is not a capability: systemd drops it without a warning (a line with no valid name sets an empty set for '${key}='); use names such as CAP_NET_BIND_SERVICE`);
        case "invalid-namespace":
            if (comma)
                return error("comma-separated-list", `'${subject}' is read as one namespace type, because systemd splits ${key}= on spaces, not commas: systemd ignores the whole line; write '${spaced(subject)}'`);
            return error("invalid-value", `'${subject}' is not a namespace type: systemd ignores the whole ${key}= line; use cgroup, ipc, net, mnt, pid, user, uts, separated by spaces`);
        case "invalid-address-prefix":
            if (comma)
                return error("comma-separated-list", `'${subject}' is read as one address, because systemd splits ${key}= on spaces, not commas: systemd skips it; write '${spaced(subject)}'`);
            return error("invalid-value", `'${subject}' is not an IP address prefix: systemd skips it; write an address or prefix such as 10.0.0.0/8, or any, localhost, link-local, multicast`);
        case "invalid-path":
            return error("invalid-value", `'${subject}' is not a valid path for ${key}=: ${effect}; write an absolute path without '..'`);
        case "invalid-device-path":
            return error("invalid-value", `'${subject}' is not a device node for ${key}=: ${effect}; write a path under /dev/, or char-NAME / block-NAME`);
        case "invalid-device-rights":
            return error("invalid-value", `'${subject}' is not an access mode for ${key}=: ${effect}; write r, w and m, e.g. 'rw'`);
        case "invalid-controller":
            return error("invalid-value", `'${subject}' is not a cgroup controller: systemd skips it (and still turns delegation on); use cpu, io, memory, pids, …`);
        case "invalid-user":
            return error("invalid-value", `'${subject}' is not a valid user or group name for ${key}=: ${effect}; use a plain name such as 'svc'`);
        case "unresolved-specifier":
            return error("invalid-value", `'${subject}' is not a specifier systemd knows in ${key}=: ${effect}; write %% for a literal %`);
        case "removed-modifier":
            return [
                ruleFinding("deprecated-option", at, `the '!!' prefix of ${key}= is no longer supported: systemd ignores the prefix and runs the command without it; remove '!!' (and grant what the command needs with AmbientCapabilities=)`, systemd),
            ];
        case "invalid-command":
            return error("invalid-value", `${w.systemdMessage.replace(/, ignoring/, "").replace(/^./, (c) => c.toLowerCase())}: ${effect}; give an absolute path or a plain program name`);
        case "invalid-syntax":
            return error("invalid-value", `${key}= has a quoting error in '${subject}': systemd ignores ${w.systemdMessage.startsWith("Invalid syntax") ? "the rest of the line" : "it"}; close the quote`);
        case "nobody-user":
            return [
                ruleFinding("nobody-user", at, "the 'nobody' user is shared by unrelated services and must own no files, so it isolates nothing; use DynamicUser=yes or a dedicated system user", systemd),
            ];
    }
}

;// CONCATENATED MODULE: ./build/src/core/lint/lint.js







/** Larger files are not read as unit files. */
const MAX_UNIT_FILE_BYTES = 1024 * 1024;
/** A file that is not a unit file at all: empty, binary, too large. */
function fileProblem(path, bytes) {
    const length = typeof bytes === "string" ? bytes.length : bytes.byteLength;
    const problem = (id, message) => ruleFinding(id, { path, span: { start: 0, end: 0 } }, message);
    if (length === 0)
        return problem("empty-unit", "the file is empty: systemd treats an empty unit file as masked (the unit cannot start); delete it or give it content");
    if (length > MAX_UNIT_FILE_BYTES)
        return problem("not-a-unit-file", `the file is larger than ${MAX_UNIT_FILE_BYTES} bytes, it is not read as a unit file; move it out of the unit folder or rename it`);
    if (typeof bytes !== "string" && bytes.includes(0))
        return problem("not-a-unit-file", "the file contains NUL bytes: it is binary, not a unit file; move it out of the unit folder or rename it");
    return null;
}
const SYNTAX_REMEDY = {
    "missing-equals": "write it as Key=value, or start the line with # to make it a comment",
    "missing-key": "put the setting's name before '='",
    "outside-section": "move it under a section header such as [Service]",
    "invalid-section-header": "close the header with ']' (a comment cannot follow it on the same line)",
    "unsafe-section-name": "use a plain section name such as [Service]",
    "invalid-utf8": "save the file as UTF-8",
    "line-too-long": "split the value over several lines or assignments",
    "unterminated-continuation": "remove the trailing backslash from the last line",
};
function syntaxFinding(file, d, refused) {
    const effect = d.fatal
        ? refused
            ? "systemd refuses to load the unit"
            : "systemd stops reading this file here"
        : "systemd ignores the line";
    const what = d.code === "invalid-utf8"
        ? "the line is not valid UTF-8"
        : d.code === "line-too-long"
            ? "the line is longer than systemd's limit of 1 MiB"
            : d.code === "unterminated-continuation"
                ? "the file ends with a line continued by a backslash"
                : d.message
                    .replace(/\.? ?Ignoring\.?$|, ignoring line\.$/i, "")
                    .replace(/^./, (c) => c.toLowerCase());
    const logged = d.code !== "unterminated-continuation" && d.code !== "line-too-long";
    return ruleFinding("syntax-error", { path: file.path, file, span: d.span }, `${what}: ${effect}; ${SYNTAX_REMEDY[d.code] ?? "fix the line"}`, {
        ...(d.code === "unterminated-continuation" && { variant: "unterminated-continuation" }),
        ...(logged && { systemd: { message: d.message, line: d.reportLine + 1 } }),
    });
}
/** Parser diagnostics that systemd acts on: those in sections it reads (it skips unknown sections silently). */
function syntaxFindings(file, known, refused) {
    return file.diagnostics
        .filter((d) => d.fatal || d.section === null || known.has(d.section))
        .map((d) => syntaxFinding(file, d, refused && d.fatal));
}
/** What to do about each of service_verify()'s refusals. */
function refusalRemedy(refusal) {
    if (refusal.includes("has no ExecStart=, ExecStop="))
        return "add ExecStart= with the command to run";
    if (refusal.includes("only allowed for Type=oneshot") && refusal.includes("no ExecStart="))
        return "add ExecStart=, or set Type=oneshot";
    if (refusal.includes("RemainAfterExit"))
        return "add ExecStart=, or set RemainAfterExit=yes";
    if (refusal.includes("more than one ExecStart="))
        return "keep one ExecStart= (move the others to ExecStartPre=/ExecStartPost=), or set Type=oneshot";
    if (refusal.includes("Restart="))
        return "use Restart=on-failure (or no) with Type=oneshot";
    if (refusal.includes("ExitType=cgroup"))
        return "drop ExitType=cgroup, or use another Type=";
    if (refusal.includes("D-Bus"))
        return "add BusName= with the service's bus name";
    if (refusal.includes("PAM"))
        return "set KillMode=control-group or KillMode=mixed";
    return "fix the setting systemd names";
}
/** Keeps `systemd` only on findings systemd actually logs: on lines it reads. */
function whatSystemdLogs(findings, readUpTo) {
    return findings.map((f) => {
        const line = f.systemd?.line;
        if (line === undefined || !f.file || line - 1 <= (readUpTo.get(f.file) ?? Infinity))
            return f;
        const { systemd: _unlogged, ...rest } = f;
        return rest;
    });
}
/**
 * The findings of a unit loaded by the floor's systemd. `loadAs` loads the same files as another
 * release does; with later releases listed, what the floor ignores and one of them accepts is
 * `too-new` instead of the floor's error.
 */
function lintUnit(unit, options = {}, loadAs) {
    const known = new Set(sectionsFor(unit.name.type));
    const files = [unit.fragment, ...unit.dropins];
    const findings = [];
    const listed = options.systemdVersions ?? [unit.release.version];
    const floor = unit.release.version;
    for (const file of files)
        findings.push(...syntaxFindings(file, known, file === unit.fragment));
    for (const w of unit.warnings) {
        if (w.code === "invalid-syntax" && w.assignment === undefined)
            continue; // a parser diagnostic, reported above
        const later = loadAs && w.code !== "removed-option" && !w.fatal
            ? acceptedLater(w, floor, listed, loadAs)
            : null;
        findings.push(...(later ? [tooNewFinding(w, floor, later)] : warningFinding(w, unit.name)));
    }
    findings.push(...deprecatedFindings(files, known, unit.warnings, unit.release.removedOptions));
    findings.push(...exposureFindings(unit, known));
    if (unit.name.type === "service")
        findings.push(...requiredFindings(unit, options.requiredSettings ?? []));
    if (unit.refusal && !unit.warnings.some((w) => w.fatal)) {
        const reason = unit.refusal.replace(/\.? Refusing\.$/, "");
        findings.push(ruleFinding("unit-refused", { path: unit.fragment.path, file: unit.fragment, span: { start: 0, end: 0 } }, `systemd refuses to load this unit (${reason.replace(/^Service /, "the service ")}): ${refusalRemedy(unit.refusal)}`, {
            systemd: { message: unit.refusal },
        }));
    }
    return whatSystemdLogs(findings, unit.readUpTo);
}
/** Settings the policy requires that no file of the unit assigns. */
function requiredFindings(unit, required) {
    if (required.length === 0)
        return [];
    const assigned = new Set([unit.fragment, ...unit.dropins].flatMap((f) => f.assignments.filter((a) => a.value !== "").map((a) => a.key)));
    const header = unit.fragment.entries.find((e) => e.kind === "section" && e.name === "Service");
    return required
        .filter((key) => !assigned.has(key))
        .map((key) => ruleFinding("missing-required-setting", {
        path: unit.fragment.path,
        file: unit.fragment,
        span: header ? header.span : { start: 0, end: 0 },
    }, `the policy requires ${key}= of every service and this unit has none: add it to [Service] (or to a drop-in)`));
}
/** A drop-in linted without its unit: its syntax, its keys, deprecated and too new settings. */
function lintFileOnly(file, name, options = {}) {
    const known = new Set(name ? sectionsFor(name.type) : ["Unit", "Service", "Install"]);
    const findings = syntaxFindings(file, known, false);
    findings.push(...deprecatedFindings([file], known, []));
    const floor = floorOf(options.systemdVersions);
    const later = tooNewKeys(file, known, floor, options.systemdVersions ?? [floor]);
    for (const a of file.assignments) {
        if (!known.has(a.section) ||
            isKnownKey(a.section, a.key, releaseOf(floor)) ||
            a.key.startsWith("X-"))
            continue;
        const w = keyWarning("unknown-key", "", file, a);
        const newer = later.get(`${a.section}.${a.key}`);
        findings.push(...(newer ? [tooNewFinding(w, floor, newer)] : warningFinding(w, name)));
    }
    return findings;
}

;// CONCATENATED MODULE: ./build/src/core/lint/suppressions.js
/**
 * Inline suppressions: a comment line
 *
 *   # harden-units: ignore PrivateNetwork widens-exposure -- needs the host network
 *
 * before an assignment applies to that assignment; before the first section header of a file it
 * applies to the whole unit. Ids are rule ids (the findings are kept, marked suppressed, and do
 * not count for the gate) or check ids (the check is waived: excluded from the score as weight 0
 * would, and never proposed by fix). The reason after ` -- ` is required. A `#` after a value is
 * part of the value, so a suppression is always a comment line of its own.
 */


const MARKER = /^[#;]\s*harden-units:\s*(\S+)\s*(.*)$/i;
/** Reads the suppression comments of one file, and what is wrong with any of them. */
function readSuppressions(file) {
    const suppressions = [];
    const problems = [];
    const pending = [];
    let seenSection = false;
    for (const entry of file.entries) {
        if (entry.kind === "section") {
            if (!seenSection) {
                // Comments above the first section header apply to the whole unit.
                for (const p of pending.splice(0))
                    suppressions.push({ ...p, target: null });
            }
            seenSection = true;
            continue;
        }
        if (entry.kind === "assignment") {
            for (const p of pending.splice(0))
                suppressions.push({ ...p, target: seenSection ? entry : null });
            continue;
        }
        if (entry.kind !== "comment" || entry.inContinuation)
            continue;
        const m = MARKER.exec(entry.text);
        if (!m)
            continue;
        const problem = (message) => problems.push(ruleFinding("invalid-suppression", { path: file.path, file, span: entry.span }, message));
        if (m[1].toLowerCase() !== "ignore") {
            problem(`'harden-units: ${m[1]}' is not a directive: write '# harden-units: ignore ID ... -- reason'`);
            continue;
        }
        const rest = m[2];
        const sep = rest.indexOf("--");
        const reason = sep < 0 ? "" : rest.slice(sep + 2).trim();
        const ids = (sep < 0 ? rest : rest.slice(0, sep)).split(/[\s,]+/).filter((x) => x !== "");
        if (ids.length === 0) {
            problem("the suppression names nothing to ignore: write '# harden-units: ignore ID ... -- reason'");
            continue;
        }
        const unknown = ids.filter((id) => !RULES_BY_ID.has(id) && !CHECKS_BY_ID.has(id));
        if (unknown.length > 0) {
            problem(`${unknown.map((u) => `'${u}'`).join(", ")} ${unknown.length === 1 ? "is" : "are"} neither a rule id (e.g. widens-exposure) nor a check id (e.g. PrivateNetwork): the suppression is not applied`);
            continue;
        }
        if (reason === "") {
            problem(`the suppression of ${ids.join(", ")} gives no reason: add ' -- why' (the reason is shown in reports); it is not applied`);
            continue;
        }
        pending.push({ file, comment: entry.span, ids, reason });
    }
    // Suppressions with no assignment after them: the whole unit when above any section.
    for (const p of pending) {
        if (!seenSection)
            suppressions.push({ ...p, target: null });
        else
            problems.push(ruleFinding("unused-suppression", { path: file.path, file, span: p.comment }, `no assignment follows this suppression of ${p.ids.join(", ")}: put it on the line before the setting it is about`));
    }
    return { suppressions, problems };
}
/** Whether a finding lies on the assignment a suppression targets (or the suppression is unit-wide). */
function covers(s, f) {
    if (s.target === null)
        return true;
    return (f.path === s.file.path &&
        f.span.start >= s.target.span.start &&
        f.span.start <= s.target.span.end);
}
/** Rules a check waiver also silences on its own assignment: the ones about that setting's exposure. */
const EXPOSURE_RULES = new Set(["widens-exposure", "conflicting-options"]);

;// CONCATENATED MODULE: ./build/src/core/data/versions.js
/**
 * The systemd version that brought each unit-file setting (null: older than the version notes),
 * from the "Added in version" notes of the systemd man pages (systemd.exec, .resource-control,
 * .service, .unit, .socket, .kill; read from forks carrying the upstream text), corrected by the
 * NEWS file of systemd 252 where a man page shares one note among several keys.
 */
const SETTING_VERSIONS = new Map([
    ["Accept", null],
    ["After", 201],
    ["Alias", 201],
    ["AllowIsolate", 201],
    ["AllowedCPUs", 244],
    ["AllowedMemoryNodes", 244],
    ["Also", 201],
    ["AmbientCapabilities", 229],
    ["AppArmorProfile", 210],
    ["AssertACPower", null],
    ["AssertArchitecture", 201],
    ["AssertCPUFeature", 248],
    ["AssertCPUPressure", 250],
    ["AssertCPUs", 242],
    ["AssertCapability", null],
    ["AssertControlGroupController", 237],
    ["AssertCredential", 252],
    ["AssertDirectoryNotEmpty", null],
    ["AssertEnvironment", 246],
    ["AssertFileIsExecutable", null],
    ["AssertFileNotEmpty", null],
    ["AssertFirstBoot", null],
    ["AssertGroup", 234],
    ["AssertHost", null],
    ["AssertIOPressure", 250],
    ["AssertKernelCommandLine", null],
    ["AssertKernelVersion", 237],
    ["AssertMemory", 242],
    ["AssertMemoryPressure", 250],
    ["AssertNeedsUpdate", null],
    ["AssertOSRelease", 249],
    ["AssertPathExists", null],
    ["AssertPathExistsGlob", null],
    ["AssertPathIsDirectory", null],
    ["AssertPathIsEncrypted", 246],
    ["AssertPathIsMountPoint", null],
    ["AssertPathIsReadWrite", null],
    ["AssertPathIsSymbolicLink", null],
    ["AssertSecurity", null],
    ["AssertUser", 234],
    ["AssertVirtualization", null],
    ["BPFProgram", 249],
    ["Backlog", null],
    ["Before", 201],
    ["BindIPv6Only", null],
    ["BindPaths", 233],
    ["BindReadOnlyPaths", 233],
    ["BindToDevice", null],
    ["BindsTo", 201],
    ["BlockIOAccounting", null],
    ["BlockIODeviceWeight", null],
    ["BlockIOReadBandwidth", null],
    ["BlockIOWeight", null],
    ["BlockIOWriteBandwidth", null],
    ["Broadcast", null],
    ["BusName", null],
    ["CPUAccounting", 208],
    ["CPUAffinity", null],
    ["CPUQuota", 213],
    ["CPUQuotaPeriodSec", 242],
    ["CPUSchedulingPolicy", null],
    ["CPUSchedulingPriority", null],
    ["CPUSchedulingResetOnFork", null],
    ["CPUShares", null],
    ["CPUWeight", 232],
    ["CacheDirectory", 235],
    ["CacheDirectoryMode", 235],
    ["CapabilityBoundingSet", null],
    ["CollectMode", 236],
    ["ConditionACPower", null],
    ["ConditionArchitecture", 201],
    ["ConditionCPUFeature", 248],
    ["ConditionCPUPressure", 250],
    ["ConditionCPUs", 242],
    ["ConditionCapability", null],
    ["ConditionControlGroupController", 237],
    ["ConditionCredential", 252],
    ["ConditionDirectoryNotEmpty", null],
    ["ConditionEnvironment", 246],
    ["ConditionFileIsExecutable", null],
    ["ConditionFileNotEmpty", null],
    ["ConditionFirmware", 249],
    ["ConditionFirstBoot", null],
    ["ConditionGroup", 234],
    ["ConditionHost", null],
    ["ConditionIOPressure", 250],
    ["ConditionKernelCommandLine", null],
    ["ConditionKernelVersion", 237],
    ["ConditionMemory", 242],
    ["ConditionMemoryPressure", 250],
    ["ConditionNeedsUpdate", null],
    ["ConditionOSRelease", 249],
    ["ConditionPathExists", null],
    ["ConditionPathExistsGlob", null],
    ["ConditionPathIsDirectory", null],
    ["ConditionPathIsEncrypted", 246],
    ["ConditionPathIsMountPoint", null],
    ["ConditionPathIsReadWrite", null],
    ["ConditionPathIsSymbolicLink", null],
    ["ConditionSecurity", null],
    ["ConditionUser", 234],
    ["ConditionVirtualization", null],
    ["ConfigurationDirectory", 235],
    ["ConfigurationDirectoryMode", 235],
    ["Conflicts", 201],
    ["CoredumpFilter", 246],
    ["DefaultDependencies", 201],
    ["DefaultInstance", 215],
    ["DefaultMemoryLow", 243],
    ["DefaultMemoryMin", 243],
    ["DeferAcceptSec", 216],
    ["Delegate", 218],
    ["Description", 201],
    ["DeviceAllow", 208],
    ["DevicePolicy", 208],
    ["DirectoryMode", null],
    ["DisableControllers", 240],
    ["Documentation", 201],
    ["DynamicUser", 232],
    ["Environment", null],
    ["EnvironmentFile", null],
    ["ExecCondition", 243],
    ["ExecPaths", 248],
    ["ExecReload", null],
    ["ExecSearchPath", 250],
    ["ExecStart", null],
    ["ExecStartPost", null],
    ["ExecStartPre", null],
    ["ExecStop", null],
    ["ExecStopPost", null],
    ["ExecStopPre", null],
    ["ExitType", 250],
    ["ExtensionDirectories", 251],
    ["ExtensionImages", 248],
    ["FailureAction", 213],
    ["FailureActionExitStatus", 240],
    ["FileDescriptorName", 227],
    ["FileDescriptorStoreMax", 219],
    ["FinalKillSignal", 240],
    ["FlushPending", 247],
    ["FreeBind", null],
    ["Group", null],
    ["GuessMainPID", null],
    ["IOAccounting", 230],
    ["IODeviceLatencyTargetSec", 240],
    ["IODeviceWeight", 230],
    ["IOReadBandwidthMax", 230],
    ["IOReadIOPSMax", 230],
    ["IOSchedulingClass", null],
    ["IOSchedulingPriority", null],
    ["IOWeight", 230],
    ["IOWriteBandwidthMax", 230],
    ["IOWriteIOPSMax", 230],
    ["IPAccounting", 235],
    ["IPAddressAllow", 235],
    ["IPAddressDeny", 235],
    ["IPCNamespacePath", 248],
    ["IPEgressFilterPath", 243],
    ["IPIngressFilterPath", 243],
    ["IPTOS", null],
    ["IPTTL", null],
    ["IgnoreOnIsolate", 201],
    ["IgnoreSIGPIPE", null],
    ["InaccessiblePaths", 231],
    ["JobRunningTimeoutSec", 201],
    ["JobTimeoutAction", 217],
    ["JobTimeoutRebootArgument", 217],
    ["JobTimeoutSec", 201],
    ["JoinsNamespaceOf", 209],
    ["KeepAlive", null],
    ["KeepAliveIntervalSec", 216],
    ["KeepAliveProbes", 216],
    ["KeepAliveTimeSec", 216],
    ["KeyringMode", 235],
    ["KillMode", 187],
    ["KillSignal", 187],
    ["LimitAS", null],
    ["LimitCORE", null],
    ["LimitCPU", null],
    ["LimitDATA", null],
    ["LimitFSIZE", null],
    ["LimitLOCKS", null],
    ["LimitMEMLOCK", null],
    ["LimitMSGQUEUE", null],
    ["LimitNICE", null],
    ["LimitNOFILE", null],
    ["LimitNPROC", null],
    ["LimitRSS", null],
    ["LimitRTPRIO", null],
    ["LimitRTTIME", null],
    ["LimitSIGPENDING", null],
    ["LimitSTACK", null],
    ["ListenDatagram", null],
    ["ListenFIFO", null],
    ["ListenMessageQueue", null],
    ["ListenNetlink", null],
    ["ListenSequentialPacket", null],
    ["ListenSpecial", null],
    ["ListenStream", null],
    ["ListenUSBFunction", 227],
    ["LoadCredential", 247],
    ["LoadCredentialEncrypted", 250],
    ["LockPersonality", 235],
    ["LogExtraFields", 236],
    ["LogLevelMax", 236],
    ["LogNamespace", 245],
    ["LogRateLimitBurst", 240],
    ["LogRateLimitIntervalSec", 240],
    ["LogsDirectory", 235],
    ["LogsDirectoryMode", 235],
    ["ManagedOOMMemoryPressure", 247],
    ["ManagedOOMMemoryPressureLimit", 247],
    ["ManagedOOMPreference", 248],
    ["ManagedOOMSwap", 247],
    ["Mark", null],
    ["MaxConnections", null],
    ["MaxConnectionsPerSource", 232],
    ["MemoryAccounting", 208],
    ["MemoryDenyWriteExecute", 231],
    ["MemoryHigh", 231],
    ["MemoryLimit", null],
    ["MemoryLow", 240],
    ["MemoryMax", 231],
    ["MemoryMin", 240],
    ["MemorySwapMax", 232],
    ["MessageQueueMaxMessages", null],
    ["MessageQueueMessageSize", null],
    ["MountAPIVFS", 233],
    ["MountFlags", null],
    ["MountImages", 247],
    ["NUMAMask", 243],
    ["NUMAPolicy", 243],
    ["NetworkNamespacePath", 242],
    ["Nice", null],
    ["NoDelay", 216],
    ["NoExecPaths", 248],
    ["NoNewPrivileges", 187],
    ["NonBlocking", null],
    ["NotifyAccess", null],
    ["OOMPolicy", 243],
    ["OOMScoreAdjust", null],
    ["OnFailure", 201],
    ["OnFailureJobMode", 209],
    ["OnSuccess", 249],
    ["OnSuccessJobMode", 249],
    ["PAMName", null],
    ["PIDFile", null],
    ["PartOf", 201],
    ["PassCredentials", null],
    ["PassEnvironment", 228],
    ["PassPacketInfo", 246],
    ["PassSecurity", null],
    ["Personality", 209],
    ["PipeSize", null],
    ["Priority", null],
    ["PrivateDevices", 209],
    ["PrivateIPC", 248],
    ["PrivateMounts", 239],
    ["PrivateNetwork", null],
    ["PrivateTmp", null],
    ["PrivateUsers", 232],
    ["ProcSubset", 247],
    ["PropagatesReloadTo", 201],
    ["PropagatesStopTo", 249],
    ["ProtectClock", 245],
    ["ProtectControlGroups", 232],
    ["ProtectHome", 214],
    ["ProtectHostname", 242],
    ["ProtectKernelLogs", 244],
    ["ProtectKernelModules", 232],
    ["ProtectKernelTunables", 232],
    ["ProtectProc", 247],
    ["ProtectSystem", 214],
    ["ReadOnlyPaths", 231],
    ["ReadWritePaths", 231],
    ["RebootArgument", 213],
    ["ReceiveBuffer", null],
    ["RefuseManualStart", 201],
    ["RefuseManualStop", 201],
    ["ReloadPropagatedFrom", 201],
    ["RemainAfterExit", null],
    ["RemoveIPC", 232],
    ["RemoveOnStop", 214],
    ["RequiredBy", 201],
    ["Requires", 201],
    ["RequiresMountsFor", 201],
    ["Requisite", 201],
    ["Restart", null],
    ["RestartForceExitStatus", 215],
    ["RestartKillSignal", 244],
    ["RestartPreventExitStatus", 189],
    ["RestartSec", null],
    ["RestrictAddressFamilies", 211],
    ["RestrictFileSystems", 250],
    ["RestrictNamespaces", 233],
    ["RestrictNetworkInterfaces", 250],
    ["RestrictRealtime", 231],
    ["RestrictSUIDSGID", 242],
    ["ReusePort", 206],
    ["RootDirectory", null],
    ["RootDirectoryStartOnly", null],
    ["RootHash", 246],
    ["RootHashSignature", 246],
    ["RootImage", 233],
    ["RootImageOptions", 247],
    ["RootVerity", 246],
    ["RuntimeDirectory", 211],
    ["RuntimeDirectoryMode", 211],
    ["RuntimeDirectoryPreserve", 235],
    ["RuntimeMaxSec", 229],
    ["RuntimeRandomizedExtraSec", 250],
    ["SELinuxContext", 209],
    ["SELinuxContextFromNet", 217],
    ["SecureBits", null],
    ["SendBuffer", null],
    ["SendSIGHUP", 207],
    ["SendSIGKILL", 187],
    ["Service", null],
    ["SetCredential", 247],
    ["SetCredentialEncrypted", 250],
    ["Slice", 208],
    ["SmackLabel", 196],
    ["SmackLabelIPIn", 196],
    ["SmackLabelIPOut", 196],
    ["SmackProcessLabel", 218],
    ["SocketBindAllow", 249],
    ["SocketBindDeny", 249],
    ["SocketGroup", 214],
    ["SocketMode", null],
    ["SocketProtocol", 229],
    ["SocketUser", 214],
    ["Sockets", null],
    ["SourcePath", 201],
    ["StandardError", null],
    ["StandardInput", null],
    ["StandardInputData", 236],
    ["StandardInputText", 236],
    ["StandardOutput", null],
    ["StartLimitAction", 213],
    ["StartLimitBurst", 229],
    ["StartLimitIntervalSec", 229],
    ["StartupAllowedCPUs", 250],
    ["StartupAllowedMemoryNodes", 250],
    ["StartupBlockIOWeight", null],
    ["StartupCPUShares", null],
    ["StartupCPUWeight", 232],
    ["StartupIOWeight", 230],
    ["StateDirectory", 235],
    ["StateDirectoryMode", 235],
    ["StopPropagatedFrom", 249],
    ["StopWhenUnneeded", 201],
    ["SuccessAction", 236],
    ["SuccessActionExitStatus", 240],
    ["SuccessExitStatus", 189],
    ["SupplementaryGroups", null],
    ["Symlinks", 214],
    ["SyslogFacility", null],
    ["SyslogIdentifier", null],
    ["SyslogLevel", null],
    ["SyslogLevelPrefix", null],
    ["SystemCallArchitectures", 209],
    ["SystemCallErrorNumber", 209],
    ["SystemCallFilter", 187],
    ["SystemCallLog", 247],
    ["TCPCongestion", null],
    ["TTYColumns", 250],
    ["TTYPath", null],
    ["TTYReset", null],
    ["TTYRows", 250],
    ["TTYVHangup", null],
    ["TTYVTDisallocate", null],
    ["TasksAccounting", 227],
    ["TasksMax", 227],
    ["TemporaryFileSystem", 238],
    ["TimeoutAbortSec", 243],
    ["TimeoutCleanSec", 244],
    ["TimeoutSec", null],
    ["TimeoutStartFailureMode", 246],
    ["TimeoutStartSec", 188],
    ["TimeoutStopFailureMode", 246],
    ["TimeoutStopSec", 188],
    ["TimerSlackNSec", null],
    ["Timestamping", 247],
    ["Transparent", null],
    ["TriggerLimitBurst", 230],
    ["TriggerLimitIntervalSec", 230],
    ["Type", null],
    ["UMask", null],
    ["USBFunctionDescriptors", 227],
    ["USBFunctionStrings", 227],
    ["UnsetEnvironment", 235],
    ["Upholds", 249],
    ["User", null],
    ["UtmpIdentifier", null],
    ["UtmpMode", 225],
    ["WantedBy", 201],
    ["Wants", 201],
    ["WatchdogSec", null],
    ["WatchdogSignal", 240],
    ["WorkingDirectory", null],
    ["Writable", 227],
]);
/** Values that came later than their key. */
const VALUE_VERSIONS = new Map([
    ["DevicePolicy=auto", 208],
    ["DevicePolicy=closed", 208],
    ["DevicePolicy=strict", 208],
    ["ProtectHome=tmpfs", 238],
    ["ProtectSystem=strict", 232],
]);

;// CONCATENATED MODULE: ./build/src/core/fix/context.js
/**
 * What a unit file tells about its service, without running it: the programs it starts (JIT
 * runtimes, well-known daemons), whether it talks to the network, needs privileged ports, raw
 * sockets or netlink, where it writes, who it runs as, and the socket units that activate it.
 * The fix engine holds a recommendation back when this says it would break the service.
 */



/** Program families, by basename (a trailing version number is ignored: php8.2-fpm, python3.11). */
const FAMILIES = {
    jit: [
        "node",
        "nodejs",
        "deno",
        "bun",
        "java",
        "javaw",
        "jsvc",
        "dotnet",
        "mono",
        "luajit",
        "openresty",
        "pypy",
        "pypy3",
        "php",
        "php-fpm",
        "php-cgi",
        "erl",
        "beam",
        "beam.smp",
        "elixir",
        "iex",
        "mix",
        "rabbitmq-server",
        "ejabberdctl",
        "ejabberd",
        "wasmtime",
        "wasmer",
        "wasmedge",
        "julia",
        "electron",
        "chromium",
        "chrome",
        "google-chrome",
        "firefox",
        "qemu-system-x86_64",
        "qemu-system-aarch64",
        "qemu",
        "pm2",
        "npm",
        "yarn",
        "pnpm",
        "gradle",
        "mvn",
        "kotlin",
        "scala",
        "sbt",
        "clojure",
        "lein",
        "elasticsearch",
        "logstash",
        "kibana",
        "jenkins",
        "tomcat",
        "catalina.sh",
        "kafka-server-start.sh",
        "zookeeper-server-start.sh",
        "mongod",
        "minecraft",
        "code-server",
    ],
    network: [
        "nginx",
        "apache2",
        "httpd",
        "lighttpd",
        "caddy",
        "traefik",
        "haproxy",
        "envoy",
        "varnishd",
        "squid",
        "sshd",
        "dropbear",
        "postgres",
        "postmaster",
        "mysqld",
        "mariadbd",
        "redis-server",
        "memcached",
        "mongod",
        "named",
        "unbound",
        "dnsmasq",
        "pdns_server",
        "coredns",
        "dhcpd",
        "kea-dhcp4",
        "kea-dhcp6",
        "gunicorn",
        "uwsgi",
        "uvicorn",
        "hypercorn",
        "puma",
        "unicorn",
        "consul",
        "etcd",
        "prometheus",
        "grafana-server",
        "node_exporter",
        "postfix",
        "master",
        "exim4",
        "dovecot",
        "smbd",
        "nmbd",
        "vsftpd",
        "proftpd",
        "openvpn",
        "wireguard",
        "wg-quick",
        "tailscaled",
        "cupsd",
        "avahi-daemon",
        "ntpd",
        "chronyd",
        "rsyncd",
        "rsync",
        "git-daemon",
        "gitea",
        "forgejo",
        "mosquitto",
        "rabbitmq-server",
        "nats-server",
        "minio",
        "syncthing",
        "transmission-daemon",
        "slapd",
        "krb5kdc",
        "stunnel",
        "stubby",
        "dnscrypt-proxy",
        "knotd",
        "bird",
        "zebra",
        "bgpd",
        "keepalived",
        "curl",
        "wget",
    ],
    "privileged-port": [
        "nginx",
        "apache2",
        "httpd",
        "lighttpd",
        "caddy",
        "traefik",
        "haproxy",
        "sshd",
        "dropbear",
        "named",
        "unbound",
        "dnsmasq",
        "pdns_server",
        "coredns",
        "dhcpd",
        "kea-dhcp4",
        "postfix",
        "master",
        "exim4",
        "dovecot",
        "smbd",
        "nmbd",
        "vsftpd",
        "proftpd",
        "cupsd",
        "ntpd",
        "chronyd",
        "slapd",
        "krb5kdc",
        "rsyncd",
        "stubby",
        "knotd",
        "bird",
        "bgpd",
    ],
    raw: [
        "ping",
        "ping6",
        "arping",
        "dhcpd",
        "dhclient",
        "dhcpcd",
        "tcpdump",
        "keepalived",
        "lldpd",
        "zabbix_agentd",
        "nmap",
        "mtr",
        "traceroute",
        "wireshark",
        "tshark",
        "suricata",
        "snort",
        "dnsmasq",
        "kea-dhcp4",
    ],
    netlink: [
        // postfix lists the host's addresses (getifaddrs) at start: the boot test showed it fail without AF_NETLINK.
        "postfix",
        "postmulti",
        "master",
        "networkmanager",
        "systemd-networkd",
        "dhclient",
        "dhcpcd",
        "dhcpd",
        "kea-dhcp4",
        "kea-dhcp6",
        "dnsmasq",
        "unbound",
        "named",
        "bird",
        "zebra",
        "bgpd",
        "keepalived",
        "avahi-daemon",
        "wpa_supplicant",
        "hostapd",
        "ip",
        "iw",
        "nft",
        "iptables",
        "firewalld",
        "dockerd",
        "containerd",
        "podman",
        "tailscaled",
        "wg-quick",
        "openvpn",
        "lldpd",
        "chronyd",
        "ntpd",
        "knotd",
        "pdns_server",
        "coredns",
        "consul",
        "netplan",
        "ifup",
        "wicked",
        "suricata",
    ],
    "setuid-helper": [
        "sudo",
        "su",
        "pkexec",
        "doas",
        "newgrp",
        "sg",
        "passwd",
        "chsh",
        "crontab",
        "fusermount",
        "fusermount3",
        "mount",
        "umount",
        "ping",
        "unix_chkpwd",
        "sendmail",
    ],
    "kernel-tuning": [
        "sysctl",
        "tuned",
        "irqbalance",
        "kubelet",
        "dockerd",
        "containerd",
        "networkmanager",
        "cpupower",
        "powertop",
        "tlp",
        "ethtool",
        "sysfsutils",
    ],
    "module-loading": [
        "modprobe",
        "insmod",
        "rmmod",
        "kmod",
        "depmod",
        "dockerd",
        "containerd",
        "networkmanager",
        "wg-quick",
        "openvpn",
        "iptables",
        "ip6tables",
        "nft",
        "firewalld",
        "ufw",
        "zfs",
        "zpool",
        "dkms",
    ],
    "kernel-log": [
        "rsyslogd",
        "syslog-ng",
        "klogd",
        "dmesg",
        "systemd-journald",
        "journalbeat",
        "fluent-bit",
        "vector",
    ],
    "cgroup-manager": [
        "dockerd",
        "containerd",
        "podman",
        "lxc",
        "lxd",
        "incus",
        "crio",
        "kubelet",
        "systemd-nspawn",
        "runc",
        "crun",
        "nomad",
        "buildkitd",
    ],
    clock: [
        "chronyd",
        "ntpd",
        "ntpdate",
        "openntpd",
        "systemd-timesyncd",
        "hwclock",
        "timedatectl",
        "ptp4l",
        "phc2sys",
        "gpsd",
    ],
    hostname: [
        "hostnamectl",
        "systemd-hostnamed",
        "networkmanager",
        "dhclient",
        "dhcpcd",
        "cloud-init",
        "hostname",
    ],
    installer: [
        "apt",
        "apt-get",
        "dpkg",
        "unattended-upgrade",
        "unattended-upgrades",
        "dnf",
        "yum",
        "rpm",
        "zypper",
        "pacman",
        "apk",
        "snapd",
        "flatpak",
        "pip",
        "pip3",
        "puppet",
        "chef-client",
        "salt-minion",
        "ansible-pull",
        "cloud-init",
        "certbot",
        "packagekitd",
    ],
    realtime: ["pulseaudio", "pipewire", "wireplumber", "jackd", "rtkit-daemon", "ptp4l"],
    namespaces: [
        "dockerd",
        "containerd",
        "podman",
        "buildah",
        "lxc",
        "lxd",
        "incus",
        "crio",
        "runc",
        "crun",
        "systemd-nspawn",
        "bwrap",
        "flatpak",
        "firejail",
        "nsjail",
        "unshare",
        "chromium",
        "chrome",
        "google-chrome",
        "electron",
        "firefox",
        "kubelet",
        "snapd",
        "buildkitd",
    ],
    "other-abi": ["wine", "wine64", "steam", "qemu-i386", "qemu-x86_64", "box64", "box86"],
    devices: [
        "udevd",
        "systemd-udevd",
        "smartd",
        "lvm",
        "mdadm",
        "cryptsetup",
        "fstrim",
        "e2scrub",
        "hdparm",
        "upsd",
        "upsmon",
        "bluetoothd",
        "modemmanager",
        "gpsd",
        "xorg",
        "x",
        "pulseaudio",
        "pipewire",
        "dockerd",
        "qemu-system-x86_64",
        "libvirtd",
        "cupsd",
        "sane",
        "pcscd",
        "lircd",
        "brltty",
        "fwupd",
        "thermald",
        "acpid",
        "iio-sensor-proxy",
        "nvidia-persistenced",
        "tlp",
        "multipathd",
        "zfs",
        "zpool",
        "mount",
    ],
    mounts: [
        "mount",
        "umount",
        "automount",
        "autofs",
        "sshfs",
        "rclone",
        "s3fs",
        "gocryptfs",
        "encfs",
        "dockerd",
        "containerd",
        "podman",
        "snapd",
        "udisksd",
        "nfsd",
        "rpc.mountd",
        "zfs",
        "zpool",
    ],
    "process-monitor": [
        "node_exporter",
        "process-exporter",
        "telegraf",
        "collectd",
        "netdata",
        "zabbix_agentd",
        "zabbix_agent2",
        "nagios",
        "nrpe",
        "datadog-agent",
        "monit",
        "htop",
        "top",
        "atop",
        "sysstat",
        "sadc",
        "falco",
        "auditd",
        "osqueryd",
        "prometheus",
        "glances",
        "earlyoom",
        "systemd-oomd",
    ],
    shell: ["sh", "bash", "dash", "zsh", "ksh", "fish", "busybox"],
    "resource-tuning": [
        "postgres",
        "postmaster",
        "mysqld",
        "mariadbd",
        "mongod",
        "redis-server",
        "elasticsearch",
        "java",
        "dockerd",
        "containerd",
        "nice",
        "ionice",
        "chrt",
        "taskset",
        "numactl",
        "irqbalance",
        "tuned",
        "clickhouse-server",
        "cockroach",
        "scylla",
        "cassandra",
        "influxd",
        "nomad",
        "kubelet",
        "earlyoom",
    ],
    "shared-tmp": ["xvfb", "xorg", "tmux", "screen"],
    // Login daemons: the sessions they start inherit every sandbox setting of the service (ssh taught
    // it: under NoNewPrivileges= sudo refuses to run, under ProtectHome= a user cannot write home).
    "user-sessions": [
        "sshd",
        "dropbear",
        "telnetd",
        "in.telnetd",
        "rlogind",
        "xrdp",
        "xrdp-sesman",
        "login",
        "agetty",
        "getty",
        "mingetty",
        "gdm3",
        "gdm",
        "sddm",
        "lightdm",
        "cron",
        "crond",
        "atd",
        "anacron",
    ],
    // Metrics agents that read system-wide /proc files (node exporter taught it: under ProcSubset=pid
    // its filesystem, memory and CPU metrics vanish).
    "system-stats": [
        "node_exporter",
        "prometheus-node-exporter",
        "telegraf",
        "collectd",
        "netdata",
        "zabbix_agentd",
        "zabbix_agent2",
        "snmpd",
        "glances",
        "sadc",
        "sysstat",
        "atop",
        "monit",
        "datadog-agent",
        "nrpe",
        "nagios",
        "munin-node",
        "vmstat",
        "iostat",
    ],
    // Daemons that chroot() themselves (postfix's smtpd and pickup, sshd's privilege separation,
    // vsftpd's secure_chroot_dir): the boot test showed each fail with EPERM under
    // SystemCallFilter=@system-service, which does not allow chroot.
    chroot: [
        "postfix",
        "postmulti",
        "master",
        "sshd",
        "vsftpd",
        "proftpd",
        "pure-ftpd",
        "in.tftpd",
        "tftpd",
        "named",
        "avahi-daemon",
        "dhcpd",
        "ntpd",
        "openntpd",
        "haproxy",
        "unbound",
        "nsd",
        "lighttpd",
        "rsyncd",
        "dovecot",
        "exim4",
        "privoxy",
        "opendkim",
    ],
    // File servers of users' home folders (vsftpd taught it: under ProtectHome=read-only uploads fail with 553).
    "home-files": [
        "vsftpd",
        "proftpd",
        "pure-ftpd",
        "in.ftpd",
        "smbd",
        "sftp-server",
        "nfsd",
        "rpc.nfsd",
        "afpd",
        "netatalk",
    ],
};
/**
 * Programs that write wherever their configuration says (a log daemon's outputs, a mail server's
 * mailboxes and queues, the files of the users it logs in): no list of paths is ever complete.
 * rsyslog taught it (its file outputs were suspended under ProtectSystem=strict), and postfix,
 * sshd and vsftpd in the boot test.
 */
const WRITES_ANYWHERE = [
    "rsyslogd",
    "syslog-ng",
    "syslogd",
    "metalog",
    "fluentd",
    "fluent-bit",
    "td-agent",
    "vector",
    "logstash",
    "postfix",
    "postmulti",
    "master",
    "sendmail",
    "exim4",
    "exim",
    "opensmtpd",
    "smtpd",
    "dovecot",
    "cyrus-master",
    "courier",
    ...[
        "sshd",
        "dropbear",
        "vsftpd",
        "proftpd",
        "pure-ftpd",
        "smbd",
        "xrdp",
        "telnetd",
        "in.telnetd",
        "cron",
        "crond",
        "atd",
        "anacron",
    ],
    "rsync",
    "rsyncd",
    "borg",
    "restic",
    "duplicity",
    "bacula-fd",
    "amandad",
];
/**
 * Package conventions, by program: the names NAME of /var/lib/NAME, /var/log/NAME,
 * /var/cache/NAME and /run/NAME where the daemon of Debian's (and most distributions') package
 * writes, and nowhere else but /tmp (PrivateTmp=). Each was seen at work in the boot test
 * (scripts/boot-test.sh): nginx and PostgreSQL write their logs there (the strict drop-in that
 * broke them lacked /var/log/NAME), MariaDB its data in /var/lib/mysql, not /var/lib/mariadb.
 */
const PACKAGE_PLACES = new Map([
    ["nginx", ["nginx"]],
    ["apache2", ["apache2"]],
    ["apachectl", ["apache2"]],
    ["httpd", ["httpd"]],
    ["postgres", ["postgresql"]],
    ["postmaster", ["postgresql"]],
    ["pg_ctlcluster", ["postgresql"]],
    ["mysqld", ["mysql", "mysqld"]],
    ["mariadbd", ["mysql", "mysqld"]],
    ["mysqld_safe", ["mysql", "mysqld"]],
    ["redis-server", ["redis"]],
    ["memcached", ["memcached"]],
    ["mosquitto", ["mosquitto"]],
    ["rabbitmq-server", ["rabbitmq"]],
    ["named", ["bind", "named"]],
    ["prometheus-node-exporter", ["prometheus"]],
    ["node_exporter", ["prometheus"]],
    ["snmpd", ["snmp"]],
    ["php-fpm", ["php"]],
    ["uuidd", ["uuidd", "libuuid"]],
]);
function normalize(program) {
    return basename(program)
        .toLowerCase()
        .replace(/[-.]?\d+(\.\d+)*(-fpm)?$/, (m) => (m.endsWith("-fpm") ? "-fpm" : ""));
}
const hit = (family, programs) => FAMILIES[family].find((p) => programs.has(p)) ?? null;
/** A port number below 1024 in the arguments (`-p 80`, `--port=443`, `:53`, `listen 80`). */
function privilegedPortArg(words) {
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const m = /^(?:--?(?:p|port|listen|bind|http-port|https-port)(?:=|$)|.*:)(\d{1,5})$/.exec(w);
        const port = m
            ? Number(m[1])
            : /^--?(?:p|port|listen|bind)$/.test(w) && /^\d{1,5}$/.test(words[i + 1] ?? "")
                ? Number(words[i + 1])
                : NaN;
        if (port > 0 && port < 1024)
            return w;
    }
    return null;
}
const NETWORK_ARG = /^(?:--?(?:listen|bind|port|host|address|addr|http|https|server|connect|upstream|url|endpoint)\b|https?:\/\/|tcp:\/\/|.*\b(?:0\.0\.0\.0|\[::\]|localhost):\d+)/i;
const WRITABLE_ROOTS = /^\/(?:var\/(?:lib|log|cache|spool|run|tmp|www|opt|db|backups?)|srv|data|opt\/[^/]+\/(?:data|var|logs?|tmp|cache|run|state)|run|mnt|media)(?:\/|$)/;
const HOME = /^\/(?:home|root|run\/user)(?:\/|$)/;
/** The words of every Exec*= command line, unquoted. */
function commandWords(unit) {
    const out = [];
    for (const lines of unit.settings.commands.values()) {
        for (const l of lines)
            out.push(splitWords(l.assignment.value, { unquote: true, relax: true }).words.map((w) => w.text));
    }
    return out;
}
function programsOf(lines) {
    const programs = new Set();
    for (const words of lines) {
        const first = (words[0] ?? "").replace(/^[-@:+!]+/, "");
        if (!first)
            continue;
        programs.add(normalize(first));
        // Interpreters and wrappers: the program they run counts too (env node, sh -c "…", java -jar).
        for (const w of words.slice(1)) {
            if (w.startsWith("-"))
                continue;
            const p = normalize(w.split(/\s+/)[0]);
            if (p && !p.includes("="))
                programs.add(p);
        }
        if (["sh", "bash", "dash"].includes(normalize(first))) {
            const script = words[words.indexOf("-c") + 1];
            if (words.includes("-c") && script)
                for (const w of script.split(/[\s;&|()]+/))
                    if (w)
                        programs.add(normalize(w));
        }
    }
    return programs;
}
/** Directory settings and where each puts its folders. */
const DIRECTORY_ROOTS = new Map([
    ["StateDirectory", "/var/lib"],
    ["CacheDirectory", "/var/cache"],
    ["LogsDirectory", "/var/log"],
    ["ReadWritePaths", ""],
]);
/**
 * The places the unit itself declares the service writes to: the folders of `StateDirectory=`,
 * `CacheDirectory=`, `LogsDirectory=` and the paths of `ReadWritePaths=` (an empty assignment
 * resets the list, as in systemd). `RuntimeDirectory=` is not among them: it says where a pid
 * file or socket goes, not where the service keeps its data.
 */
function declaredWrites(unit) {
    const out = new Map();
    for (const file of [unit.fragment, ...unit.dropins]) {
        for (const a of file.assignments) {
            const root = DIRECTORY_ROOTS.get(a.key);
            if (a.section !== "Service" || root === undefined)
                continue;
            if (a.value.trim() === "") {
                out.delete(a.key);
                continue;
            }
            const list = out.get(a.key) ?? [];
            for (const w of splitWords(a.value, { unquote: true, relax: true }).words) {
                const path = w.text.replace(/^[-+]+/, "").split(":")[0];
                if (path)
                    list.push(root ? `${root}/${path}` : path);
            }
            out.set(a.key, list);
        }
    }
    return [...out.values()].flat();
}
function serviceContext(unit, tree) {
    const s = unit.settings;
    const lines = commandWords(unit);
    const words = lines.flat();
    const programs = programsOf(lines);
    const user = s.user.value;
    const runsAsRoot = !s.dynamicUser.value && (user === null || user === "" || user === "root" || user === "0");
    // A .socket of the same name beside the unit activates it (and systemd binds its ports).
    let socketActivated = null;
    let socketPrivileged = false;
    if (tree) {
        const dir = dirname(unit.path);
        const socketName = unit.name.name
            .replace(/\.service$/, ".socket")
            .replace(/@i\.socket$/, "@.socket");
        const socketPath = joinPath(dir, socketName);
        const bytes = tree.read(socketPath);
        if (bytes !== undefined) {
            socketActivated = socketPath;
            for (const a of parseUnitFile(socketPath, bytes).assignments) {
                if (a.section === "Socket" && /^Listen(Stream|Datagram|SequentialPacket)$/.test(a.key)) {
                    const port = /(?:^|:)(\d{1,5})$/.exec(a.value);
                    if (port && Number(port[1]) < 1024)
                        socketPrivileged = true;
                }
            }
        }
    }
    const hazards = new Map();
    for (const h of Object.keys(FAMILIES)) {
        if (h === "jit" || h === "network" || h === "raw" || h === "netlink" || h === "privileged-port")
            continue;
        const p = hit(h, programs);
        if (p)
            hazards.set(h, p);
    }
    const tmpArg = words.find((w) => /(^|[=:])\/(var\/)?tmp\//.test(w));
    if (tmpArg)
        hazards.set("shared-tmp", tmpArg);
    const devArg = words.find((w) => /(^|[=:])\/dev\/(?!null|zero|u?random|full|stdin|stdout|stderr|tty$)/.test(w));
    if (devArg)
        hazards.set("devices", devArg);
    if (s.deviceAllow.entries.some((e) => e.src))
        hazards.set("devices", "DeviceAllow=");
    if (s.delegate.value)
        hazards.set("cgroup-manager", "Delegate=");
    const networkArg = words.find((w) => NETWORK_ARG.test(w));
    const network = socketActivated ??
        hit("network", programs) ??
        (networkArg ? `the argument ${networkArg}` : null) ??
        (s.restrictAddressFamilies.families &&
            [...s.restrictAddressFamilies.families].some((f) => f === 2 || f === 10) &&
            s.restrictAddressFamilies.allowList
            ? "RestrictAddressFamilies= allows Internet sockets"
            : null);
    const portWord = privilegedPortArg(words);
    const privilegedPort = socketPrivileged
        ? null
        : portWord
            ? `the argument ${portWord}`
            : hit("privileged-port", programs);
    const writable = new Set();
    const wd = s.workingDirectory;
    if (wd && wd.startsWith("/") && WRITABLE_ROOTS.test(wd))
        writable.add(wd);
    if (s.pidFile) {
        const d = dirname(s.pidFile.replace(/^\//, ""));
        writable.add("/" + d);
    }
    for (const w of words) {
        const m = /(?:^|=)(\/[^\s:,;'"]+)$/.exec(w);
        if (m && WRITABLE_ROOTS.test(m[1]))
            writable.add(m[1].replace(/\/+$/, "") || "/");
    }
    const declared = declaredWrites(unit);
    const commandPaths = [...writable].filter((p) => p !== wd && !(s.pidFile && p === "/" + dirname(s.pidFile.replace(/^\//, ""))));
    const known = [...programs].find((p) => PACKAGE_PLACES.has(p));
    const places = known ? PACKAGE_PLACES.get(known) : [];
    for (const name of places) {
        for (const root of ["/var/lib", "/var/log", "/var/cache", "/run", "/run/lock"])
            writable.add(`${root}/${name}`);
    }
    // Debian's php-fpm logs to /var/log/phpX.Y-fpm.log, beside the other logs.
    for (const w of words) {
        const v = /(?:^|\/)php-fpm(\d+\.\d+)$/.exec(w);
        if (v)
            writable.add(`/var/log/php${v[1]}-fpm.log`);
    }
    const writesKnown = declared.length > 0
        ? `the unit declares where the service writes (${declared.join(", ")})`
        : commandPaths.length > 0
            ? `the command line names where the service writes (${commandPaths.join(" ")})`
            : known
                ? `${known} writes under /var/lib, /var/log, /var/cache and /run in the folders its package names (${places.join(", ")})`
                : null;
    const homeWord = [wd ?? "", ...words].find((w) => HOME.test(w.replace(/^[^/]*=/, "")));
    return {
        floor: unit.release.version,
        programs,
        words,
        runsAsRoot,
        jit: hit("jit", programs),
        network,
        privilegedPort,
        rawSockets: hit("raw", programs),
        netlink: hit("netlink", programs),
        socketActivated,
        writablePaths: [...writable].sort(),
        writesKnown,
        writesAnywhere: WRITES_ANYWHERE.find((p) => programs.has(p)) ?? null,
        homePaths: homeWord ? homeWord : null,
        systemWriter: hit("installer", programs),
        hazards,
    };
}

;// CONCATENATED MODULE: ./build/src/core/fix/recommendations.js
/**
 * The recommendations, one table in the order the drop-in lists them. Each has the profile it
 * belongs to, the systemd version it needs, what it blocks (the drop-in's comment), the risk it
 * carries, a guard that holds it back when the unit's context says it would break the service
 * (with the reason), and a test of whether the unit already has it, or something stricter.
 */


const hazard = (ctx, h, why) => {
    const p = ctx.hazards.get(h);
    return p
        ? `${p.startsWith("the ") || p.includes("=") ? p : `ExecStart runs ${p}`}, ${why}`
        : null;
};
const bool = (key) => [{ key, value: "yes" }];
/** Paths without those inside another one of them. */
function outermost(paths) {
    return paths.filter((p) => !paths.some((q) => q !== p && (p.startsWith(q.endsWith("/") ? q : `${q}/`) || q === "/")));
}
const on = (field) => (s) => s.bools[field].value;
/** Capabilities a service keeps: those it is granted, plus what its ports and sockets need. */
function neededCapabilities(ctx, s) {
    const names = new Set();
    for (let bit = 0; bit < 64; bit++) {
        if ((s.ambientCapabilities.mask >> BigInt(bit)) & 1n)
            names.add((CAPABILITIES[bit] ?? String(bit)).toUpperCase());
    }
    if (ctx.privilegedPort)
        names.add("CAP_NET_BIND_SERVICE");
    if (ctx.rawSockets)
        names.add("CAP_NET_RAW");
    return [...names].sort();
}
/** Capabilities that let a root service become anything; dropped for root services in the strict profile. */
const ROOT_DROPPABLE = [
    "CAP_SYS_ADMIN",
    "CAP_SYS_PTRACE",
    "CAP_SYS_MODULE",
    "CAP_SYS_RAWIO",
    "CAP_SYS_BOOT",
    "CAP_SYS_TIME",
    "CAP_SYS_TTY_CONFIG",
    "CAP_SYS_PACCT",
    "CAP_MAC_ADMIN",
    "CAP_MAC_OVERRIDE",
    "CAP_AUDIT_CONTROL",
    "CAP_AUDIT_READ",
    "CAP_LINUX_IMMUTABLE",
    "CAP_BLOCK_SUSPEND",
    "CAP_WAKE_ALARM",
    "CAP_LEASE",
    "CAP_MKNOD",
    "CAP_BPF",
    "CAP_SYSLOG",
];
const RECOMMENDATIONS = [
    {
        key: "NoNewPrivileges",
        profile: "baseline",
        checks: ["NoNewPrivileges"],
        guard: (ctx) => hazard(ctx, "setuid-helper", "which needs setuid privileges"),
        present: on("noNewPrivileges"),
        lines: () => bool("NoNewPrivileges"),
    },
    {
        key: "PrivateTmp",
        profile: "baseline",
        checks: ["PrivateTmp"],
        guard: (ctx) => ctx.hazards.get("shared-tmp")
            ? `the command line uses ${ctx.hazards.get("shared-tmp")}, which other programs may share`
            : null,
        // From 257 a private /tmp of its own (a new tmpfs, nothing shared with the host's /var/tmp either).
        present: on("privateTmp"),
        lines: (ctx) => [{ key: "PrivateTmp", value: ctx.floor >= 257 ? "disconnected" : "yes" }],
    },
    {
        key: "PrivateDevices",
        profile: "baseline",
        checks: [
            "PrivateDevices",
            "CapabilityBoundingSet_CAP_MKNOD",
            "CapabilityBoundingSet_CAP_SYS_RAWIO",
            "DeviceAllow",
        ],
        guard: (ctx) => hazard(ctx, "devices", "which uses hardware devices"),
        present: on("privateDevices"),
        lines: () => bool("PrivateDevices"),
    },
    {
        key: "PrivateMounts",
        profile: "baseline",
        checks: ["PrivateMounts"],
        guard: (ctx) => hazard(ctx, "mounts", "which mounts file systems for the rest of the system"),
        present: on("privateMounts"),
        lines: () => bool("PrivateMounts"),
    },
    {
        key: "ProtectSystem",
        profile: "baseline",
        checks: ["ProtectSystem"],
        guard: (ctx) => ctx.systemWriter ? `ExecStart runs ${ctx.systemWriter}, which writes to /usr or /etc` : null,
        present: (s) => ["full", "strict"].includes(s.protectSystem.value),
        lines: () => [{ key: "ProtectSystem", value: "full" }],
    },
    {
        key: "ProtectHome",
        profile: "baseline",
        checks: ["ProtectHome"],
        guard: (ctx) => ctx.homePaths
            ? `the unit uses ${ctx.homePaths}, under a home directory`
            : hazard(ctx, "home-files", "which serves users' home folders"),
        present: (s) => s.protectHome.value !== "no",
        lines: () => [{ key: "ProtectHome", value: "read-only" }],
    },
    {
        key: "ProtectKernelTunables",
        profile: "baseline",
        checks: ["ProtectKernelTunables"],
        guard: (ctx) => hazard(ctx, "kernel-tuning", "which tunes kernel settings"),
        present: on("protectKernelTunables"),
        lines: () => bool("ProtectKernelTunables"),
    },
    {
        key: "ProtectKernelModules",
        profile: "baseline",
        checks: ["ProtectKernelModules", "CapabilityBoundingSet_CAP_SYS_MODULE"],
        guard: (ctx) => hazard(ctx, "module-loading", "which loads kernel modules"),
        present: on("protectKernelModules"),
        lines: () => bool("ProtectKernelModules"),
    },
    {
        key: "ProtectKernelLogs",
        profile: "baseline",
        checks: ["ProtectKernelLogs", "CapabilityBoundingSet_CAP_SYSLOG"],
        guard: (ctx) => hazard(ctx, "kernel-log", "which reads the kernel log"),
        present: on("protectKernelLogs"),
        lines: () => bool("ProtectKernelLogs"),
    },
    {
        key: "ProtectControlGroups",
        profile: "baseline",
        checks: ["ProtectControlGroups"],
        guard: (ctx) => hazard(ctx, "cgroup-manager", "which manages control groups"),
        // From 257 also a cgroup namespace of its own, read-only as with "yes".
        present: on("protectControlGroups"),
        lines: (ctx) => [{ key: "ProtectControlGroups", value: ctx.floor >= 257 ? "strict" : "yes" }],
    },
    {
        key: "ProtectClock",
        profile: "baseline",
        checks: [
            "ProtectClock",
            "CapabilityBoundingSet_CAP_SYS_TIME",
            "CapabilityBoundingSet_CAP_WAKE_ALARM",
        ],
        guard: (ctx) => hazard(ctx, "clock", "which sets the clock"),
        present: on("protectClock"),
        lines: () => bool("ProtectClock"),
    },
    {
        key: "ProtectHostname",
        profile: "baseline",
        checks: ["ProtectHostname"],
        guard: (ctx) => hazard(ctx, "hostname", "which sets the host name"),
        present: on("protectHostname"),
        lines: () => bool("ProtectHostname"),
    },
    {
        key: "ProtectProc",
        profile: "baseline",
        checks: ["ProtectProc"],
        guard: (ctx) => hazard(ctx, "process-monitor", "which watches other processes"),
        present: (s) => s.protectProc.value === "invisible" || s.protectProc.value === "ptraceable",
        lines: () => [{ key: "ProtectProc", value: "invisible" }],
    },
    {
        key: "RestrictSUIDSGID",
        profile: "baseline",
        checks: ["RestrictSUIDSGID"],
        guard: (ctx) => hazard(ctx, "installer", "which installs setuid files"),
        present: on("restrictSuidSgid"),
        lines: () => bool("RestrictSUIDSGID"),
    },
    {
        key: "RestrictRealtime",
        profile: "baseline",
        checks: ["RestrictRealtime"],
        guard: (ctx) => hazard(ctx, "realtime", "which needs realtime scheduling"),
        present: on("restrictRealtime"),
        lines: () => bool("RestrictRealtime"),
    },
    {
        key: "RestrictNamespaces",
        profile: "baseline",
        checks: [
            "RestrictNamespaces_user",
            "RestrictNamespaces_mnt",
            "RestrictNamespaces_ipc",
            "RestrictNamespaces_pid",
            "RestrictNamespaces_cgroup",
            "RestrictNamespaces_net",
            "RestrictNamespaces_uts",
        ],
        guard: (ctx) => hazard(ctx, "namespaces", "which creates namespaces (containers, sandboxes)"),
        present: (s) => s.restrictNamespaces.allowed !== null,
        lines: () => bool("RestrictNamespaces"),
    },
    {
        key: "LockPersonality",
        profile: "baseline",
        checks: ["LockPersonality"],
        guard: (ctx) => hazard(ctx, "other-abi", "which runs programs of other ABIs"),
        present: on("lockPersonality"),
        lines: () => bool("LockPersonality"),
    },
    {
        key: "SystemCallArchitectures",
        profile: "baseline",
        checks: ["SystemCallArchitectures"],
        guard: (ctx) => hazard(ctx, "other-abi", "which runs programs of other ABIs"),
        present: (s) => s.systemCallArchitectures.value.size > 0,
        lines: () => [{ key: "SystemCallArchitectures", value: "native" }],
    },
    {
        key: "RemoveIPC",
        profile: "baseline",
        checks: ["RemoveIPC"],
        guard: (ctx) => ctx.runsAsRoot ? "the service runs as root, for which RemoveIPC= does not apply" : null,
        present: on("removeIpc"),
        lines: () => bool("RemoveIPC"),
    },
    {
        key: "CapabilityBoundingSet",
        profile: "baseline",
        checks: [],
        guard: (ctx) => ctx.runsAsRoot
            ? "the service runs as root and may need its capabilities (the strict profile drops the dangerous ones)"
            : null,
        present: (s) => s.capabilityBoundingSet.srcByBit.some((x) => x !== undefined) ||
            s.capabilityBoundingSet.mask !== (1n << 64n) - 1n,
        lines: (ctx, s) => [
            { key: "CapabilityBoundingSet", value: neededCapabilities(ctx, s).join(" ") },
        ],
    },
    {
        // The checks it passes: the families it keeps (AF_UNIX, AF_INET, AF_INET6, AF_NETLINK) still count.
        key: "RestrictAddressFamilies",
        profile: "baseline",
        checks: ["RestrictAddressFamilies_AF_PACKET", "RestrictAddressFamilies_OTHER"],
        guard: () => null,
        present: (s) => s.restrictAddressFamilies.families !== null || s.restrictAddressFamilies.allowList,
        lines: (ctx) => [
            {
                key: "RestrictAddressFamilies",
                value: [
                    "AF_UNIX",
                    "AF_INET",
                    "AF_INET6",
                    "AF_NETLINK",
                    ...(ctx.rawSockets ? ["AF_PACKET"] : []),
                ].join(" "),
            },
        ],
    },
    // The strict profile: further settings, each with the risk it carries.
    {
        key: "ProtectSystem",
        profile: "strict",
        checks: ["ProtectSystem"],
        risk: "writes outside ReadWritePaths= and the *Directory= folders fail with EROFS",
        guard: (ctx) => ctx.systemWriter
            ? `ExecStart runs ${ctx.systemWriter}, which writes to /usr or /etc`
            : ctx.writesAnywhere
                ? `ExecStart runs ${ctx.writesAnywhere}, which writes wherever its configuration or its users say; ProtectSystem=full is set instead`
                : ctx.writesKnown === null
                    ? "nothing tells where the service writes (no StateDirectory=, LogsDirectory=, CacheDirectory= or ReadWritePaths=, no path on its command line, no package convention for its program); ProtectSystem=full is set instead"
                    : null,
        present: (s) => s.protectSystem.value === "strict",
        lines: (ctx) => [
            { key: "ProtectSystem", value: "strict" },
            ...(ctx.writablePaths.length > 0
                ? [
                    {
                        key: "ReadWritePaths",
                        value: outermost(ctx.writablePaths)
                            .map((p) => `-${p}`)
                            .join(" "),
                    },
                ]
                : []),
        ],
    },
    {
        key: "ProtectHome",
        profile: "strict",
        checks: ["ProtectHome"],
        risk: "a service that reads from a home directory loses access",
        guard: (ctx) => ctx.homePaths
            ? `the unit uses ${ctx.homePaths}, under a home directory`
            : hazard(ctx, "home-files", "which serves users' home folders"),
        present: (s) => s.protectHome.value === "yes",
        lines: () => [{ key: "ProtectHome", value: "yes" }],
    },
    {
        key: "ProcSubset",
        profile: "strict",
        checks: ["ProcSubset"],
        risk: "programs that read /proc/meminfo, /proc/cpuinfo or /proc/sys lose them",
        guard: (ctx) => ctx.jit
            ? `ExecStart runs ${ctx.jit}, a runtime that reads /proc system files`
            : (hazard(ctx, "process-monitor", "which reads /proc") ??
                hazard(ctx, "system-stats", "which reads system-wide /proc files (meminfo, stat, mounts)")),
        present: (s) => s.procSubset.value === "pid",
        lines: () => [{ key: "ProcSubset", value: "pid" }],
    },
    {
        key: "UMask",
        profile: "strict",
        checks: ["UMask"],
        risk: "files the service creates are no longer readable by other users",
        guard: () => null,
        present: (s) => (s.umask.value & 0o027) === 0o027,
        lines: () => [{ key: "UMask", value: "0027" }],
    },
    {
        key: "MemoryDenyWriteExecute",
        profile: "strict",
        checks: ["MemoryDenyWriteExecute"],
        risk: "programs that generate code at run time abort",
        guard: (ctx) => ctx.jit
            ? `ExecStart runs ${ctx.jit}, a JIT runtime that needs writable executable memory`
            : hazard(ctx, "shell", "whose children's needs are unknown"),
        present: on("memoryDenyWriteExecute"),
        lines: () => bool("MemoryDenyWriteExecute"),
    },
    {
        key: "PrivateUsers",
        profile: "strict",
        checks: ["PrivateUsers"],
        risk: "files owned by other users and privileged ports become unusable",
        guard: (ctx) => ctx.runsAsRoot
            ? "the service runs as root, which a user namespace would strip"
            : ctx.privilegedPort
                ? `the service binds a privileged port (${ctx.privilegedPort})`
                : null,
        // From 257 "identity" maps the first 65536 users to themselves: files of other users keep their owners.
        present: on("privateUsers"),
        lines: (ctx) => [{ key: "PrivateUsers", value: ctx.floor >= 257 ? "identity" : "yes" }],
    },
    {
        key: "CapabilityBoundingSet",
        profile: "strict",
        checks: [],
        risk: "a root service that needs one of these capabilities fails",
        guard: (ctx) => ctx.runsAsRoot
            ? (hazard(ctx, "cgroup-manager", "which needs administrator capabilities") ??
                hazard(ctx, "mounts", "which needs administrator capabilities"))
            : "handled by the baseline profile",
        present: (s) => s.capabilityBoundingSet.srcByBit.some((x) => x !== undefined) ||
            s.capabilityBoundingSet.mask !== (1n << 64n) - 1n,
        lines: () => [{ key: "CapabilityBoundingSet", value: `~${ROOT_DROPPABLE.join(" ")}` }],
    },
    {
        key: "RestrictAddressFamilies",
        profile: "strict",
        checks: ["RestrictAddressFamilies_AF_NETLINK"],
        risk: "listing network interfaces (getifaddrs) fails",
        guard: (ctx) => ctx.netlink
            ? `ExecStart runs ${ctx.netlink}, which reads network interfaces over netlink`
            : null,
        present: (s) => s.restrictAddressFamilies.families !== null || s.restrictAddressFamilies.allowList,
        lines: (ctx) => [
            {
                key: "RestrictAddressFamilies",
                value: ["AF_UNIX", "AF_INET", "AF_INET6", ...(ctx.rawSockets ? ["AF_PACKET"] : [])].join(" "),
            },
        ],
    },
    {
        key: "SystemCallFilter",
        profile: "strict",
        checks: [
            "SystemCallFilter_swap",
            "SystemCallFilter_obsolete",
            "SystemCallFilter_clock",
            "SystemCallFilter_cpu_emulation",
            "SystemCallFilter_debug",
            "SystemCallFilter_mount",
            "SystemCallFilter_module",
            "SystemCallFilter_raw_io",
            "SystemCallFilter_reboot",
            "SystemCallFilter_privileged",
            "SystemCallFilter_resources",
        ],
        risk: "a system call outside @system-service fails with EPERM",
        guard: (ctx) => hazard(ctx, "other-abi", "which runs programs of other ABIs") ??
            hazard(ctx, "namespaces", "which needs mount and namespace calls"),
        present: (s) => s.systemCallFilter.entries !== null,
        lines: (ctx) => {
            // Daemons that start as root drop privileges themselves (setuid, chown): keep @privileged
            // for them. @resources stays allowed: runtimes and daemons tune their own limits and CPU
            // affinity (setrlimit, sched_setaffinity), and a filter cannot tell which do.
            const deny = ctx.runsAsRoot ? [] : ["@privileged"];
            return [
                // chroot() is outside @system-service: daemons that chroot themselves keep it.
                {
                    key: "SystemCallFilter",
                    value: ctx.hazards.has("chroot") ? "@system-service chroot" : "@system-service",
                },
                ...(deny.length > 0 ? [{ key: "SystemCallFilter", value: `~${deny.join(" ")}` }] : []),
                { key: "SystemCallErrorNumber", value: "EPERM" },
            ];
        },
    },
    {
        key: "PrivateNetwork",
        profile: "strict",
        checks: ["PrivateNetwork"],
        risk: "the service loses all network access but loopback",
        guard: (ctx) => ctx.network
            ? `the service talks to the network (${ctx.network})`
            : "no evidence in the unit that the service works without a network; add PrivateNetwork=yes yourself if it does",
        present: on("privateNetwork"),
        lines: () => bool("PrivateNetwork"),
    },
    {
        key: "DynamicUser",
        profile: "strict",
        checks: ["UserOrDynamicUser"],
        risk: "files outside StateDirectory= owned by a fixed user become inaccessible",
        guard: (ctx, s) => s.user.value !== null
            ? `User=${s.user.value} is set: the service's files belong to that user`
            : ctx.runsAsRoot
                ? "the service runs as root; give it a dedicated User= or DynamicUser=yes once you know which files it needs"
                : null,
        present: (s) => s.dynamicUser.value,
        lines: () => bool("DynamicUser"),
    },
];
const COMMENTS = {
    "ProtectSystem=full": "makes /usr, /boot, /efi and /etc read-only",
    "ProtectSystem=strict": "makes the whole file system read-only but /dev, /proc, /sys and the paths below",
    "ProtectHome=read-only": "makes /home, /root and /run/user read-only",
    "ProtectHome=yes": "hides /home, /root and /run/user",
    CapabilityBoundingSet: "keeps only the capabilities listed, even for root",
    RestrictAddressFamilies: "allows only these socket families",
};
/** The comment above a setting in the drop-in: what it blocks, and in the strict profile its risk. */
function commentFor(r, lines) {
    const first = lines[0];
    const specific = first
        ? (COMMENTS[`${first.key}=${first.value}`] ?? COMMENTS[first.key])
        : undefined;
    const what = specific ?? `blocks ${HARDENING_BY_KEY.get(r.key)?.blocks ?? "what it guards"}`;
    return r.risk ? `${what} (risk: ${r.risk})` : what;
}

;// CONCATENATED MODULE: ./build/src/core/fix/propose.js
/**
 * The fix engine: a drop-in `<unit>.d/<name>` that lowers the exposure without breaking the
 * service. Fixes are data: the drop-in's text is rendered, then merged with the unit exactly as
 * systemd merges drop-ins (its file name decides its place) and re-scored with the engine. A
 * recommendation that would make any check worse than the unit has it without the drop-in is
 * held back; the drop-in is proposed only when the overall exposure drops. An existing drop-in of
 * ours is regenerated (lines it does not manage are kept), so a second run changes nothing.
 */











/** The first line of every drop-in harden-units writes, by which it recognises its own. */
const propose_MARKER = "# Generated by harden-units";
/** The keys our drop-in manages (lines of the user's own with other keys are kept). */
const MANAGED_KEYS = new Set([
    ...RECOMMENDATIONS.map((r) => r.key),
    "ReadWritePaths",
    "SystemCallErrorNumber",
]);
const RANK_ORDER = (badness, range) => badness === null ? -1 : badness / range;
/** The checks (ids) whose badness, in CHECKS order, is worse in `after` than in `before`. */
function worseBadness(before, after) {
    const out = [];
    for (let i = 0; i < CHECKS.length; i++) {
        const range = CHECKS[i].range;
        if (RANK_ORDER(after[i] ?? null, range) > RANK_ORDER(before[i] ?? null, range))
            out.push(CHECKS[i].id);
    }
    return out;
}
/** Each check's place in CHECKS, by id (built once: inCheckOrder runs for every unit). */
const CHECK_INDEX = new Map(CHECKS.map((c, i) => [c.id, i]));
/** Each check's badness in CHECKS order (what exposureOf gives), from a score's printed rows. */
function inCheckOrder(s) {
    const out = new Array(CHECKS.length).fill(null);
    // A row's check appears once; should one appear twice, the last row wins, as a Map would have it.
    for (const r of s.rows) {
        const i = CHECK_INDEX.get(r.check.id);
        if (i === undefined)
            continue;
        out[i] = r.badness ?? null;
    }
    return out;
}
/** The checks that are worse in `after` than in `before`, by id. */
function propose_worseChecks(before, after) {
    return worseBadness(inCheckOrder(before), inCheckOrder(after));
}
/** The recommendations of a profile: for keys that appear twice, the strict one when it applies. */
function candidates(profile) {
    return RECOMMENDATIONS.filter((r) => r.profile === "baseline" || profile === "strict");
}
/**
 * A recommendation's comment line in the drop-in. commentFor depends only on the recommendation
 * and its first line, and most units get the same lines: remembered per recommendation (bounded,
 * as values such as paths vary from unit to unit).
 */
const COMMENT_LINES = new Map();
function commentLine(r, line) {
    const first = line[0];
    const key = first ? `${first.key}=${first.value}` : "";
    let own = COMMENT_LINES.get(r);
    if (!own)
        COMMENT_LINES.set(r, (own = new Map()));
    const hit = own.get(key);
    if (hit !== undefined)
        return hit;
    const text = `# ${commentFor(r, line).replace(/^./, (c) => c.toUpperCase())}`;
    if (own.size >= 256)
        own.clear();
    own.set(key, text);
    return text;
}
function render(lines, kept, held, profile, before, after) {
    const fmt = (x) => `${Math.floor(x / 10)}.${x % 10}`;
    const out = [
        `${propose_MARKER} (profile ${profile}): systemd-analyze security ${fmt(before)} -> ${fmt(after)}.`,
        "# It regenerates the settings below; lines of your own in this file are kept.",
        "[Service]",
    ];
    for (const { r, line } of lines) {
        out.push(commentLine(r, line));
        for (const l of line)
            out.push(`${l.key}=${l.value}`);
    }
    if (kept.length > 0)
        out.push("# Kept from the previous version of this file:", ...kept);
    if (held.length > 0) {
        out.push("# Not set:");
        for (const h of held)
            out.push(`#   ${h.key}: ${h.reason}`);
    }
    return out.join("\n") + "\n";
}
/** The settings of a drop-in without its comments: what a trial needs (systemd skips comments). */
function renderSettings(lines, kept) {
    const out = ["[Service]"];
    for (const { line } of lines)
        for (const l of line)
            out.push(`${l.key}=${l.value}`);
    out.push(...kept);
    return out.join("\n") + "\n";
}
/**
 * Trial drop-ins repeat (units with the same settings get the same lines): parsed once per text.
 * A parsed file holds no path but its own, so a hit is the same file under the new path.
 */
const TRIAL_PARSES = new Map();
function parseTrial(path, text) {
    const hit = TRIAL_PARSES.get(text);
    if (hit)
        return { ...hit, path };
    const file = parseUnitFile(path, text);
    if (TRIAL_PARSES.size >= 1024)
        TRIAL_PARSES.clear();
    TRIAL_PARSES.set(text, file);
    return file;
}
/**
 * Loads the unit with our drop-in at `dropinPath` replaced by some text (or absent, for null),
 * exactly as systemd would: the drop-in takes its place among the others by file name. The
 * other files are parsed once (through the shared cache when there is one).
 */
function trialLoader(tree, unitPath, dropinPath, cache, release) {
    const name = analysedName(unitPath, release);
    const files = cache ?? new Map();
    const parse = (p) => parseCached(tree, p, files);
    const fragment = parse(unitPath);
    // Where the drop-in sits among the others (an empty placeholder makes it exist).
    const order = findDropins(new OverlayTree(tree, new Map([[dropinPath, ""]])), dirname(unitPath), name);
    const others = new Map(order.filter((p) => p !== dropinPath).map((p) => [p, parse(p)]));
    if (order.at(-1) === dropinPath) {
        // Ours is read last (the usual case): the other files are read once, each trial into a copy.
        const before = beginLoad(name, fragment, release);
        for (const p of order) {
            const file = others.get(p);
            if (file)
                readFile(before, file);
        }
        return (text) => {
            if (text === null)
                return finishLoad(copyLoad(before), unitPath);
            const trial = copyLoad(before);
            readFile(trial, parseTrial(dropinPath, text));
            return finishLoad(trial, unitPath);
        };
    }
    return (text) => {
        const dropins = [];
        for (const p of order) {
            const file = p === dropinPath ? (text === null ? undefined : parseTrial(p, text)) : others.get(p);
            if (file)
                dropins.push(file);
        }
        return loadFromFiles(name, fragment, dropins, unitPath, release);
    };
}
/** Proposes a drop-in for the service at `unitPath`, or says why there is none. */
function proposeDropin(tree, unitPath, options = {}) {
    const profile = options.profile ?? DEFAULTS.profile;
    const target = floorOf(options.systemdVersions);
    const release = releaseOf(target);
    const name = analysedName(unitPath, release);
    if (!name || name.type !== "service")
        return { none: "only services are scored and hardened", heldBack: [] };
    const dropinName = options.dropinName ?? DEFAULTS.dropinName;
    const dropinPath = joinPath(joinPath(dirname(unitPath), `${basename(unitPath)}.d`), dropinName);
    const cache = options.cache;
    const current = options.loaded?.unit ?? loadUnit(tree, unitPath, cache, release);
    if (!current)
        return { none: "the unit file cannot be read", heldBack: [] };
    if (current.refusal)
        return {
            none: `systemd refuses to load the unit (${current.refusal}); fix that first`,
            heldBack: [],
        };
    // Our own previous drop-in is regenerated: score and read the unit without it, keeping the
    // lines of it we do not manage.
    const existing = tree.read(dropinPath);
    const existingText = existing === undefined
        ? undefined
        : typeof existing === "string"
            ? existing
            : new TextDecoder().decode(existing);
    const ours = existingText !== undefined && existingText.startsWith(propose_MARKER);
    if (existingText !== undefined && !ours) {
        return {
            none: `${dropinPath} exists and was not written by harden-units; choose another --dropin-name`,
            heldBack: [],
        };
    }
    const kept = ours
        ? parseUnitFile(dropinPath, existingText)
            .assignments.filter((a) => !MANAGED_KEYS.has(a.key))
            .map((a) => `${a.key}=${a.value}`)
        : [];
    const load = trialLoader(tree, unitPath, dropinPath, cache, release);
    const currentScore = options.loaded?.score ?? scoreUnit(current);
    const base = existingText === undefined ? current : load(kept.length > 0 ? renderSettings([], kept) : null);
    const baseScore = base === current ? currentScore : scoreUnit(base);
    const ctx = serviceContext(base, tree);
    const s = base.settings;
    // A login daemon's settings are its users' (ssh taught it): nothing is proposed for it.
    const sessionHost = ctx.hazards.get("user-sessions");
    const sessions = sessionHost
        ? `ExecStart runs ${sessionHost}, whose users' sessions inherit every sandbox setting of the service (sudo, writes to home folders, /etc)`
        : null;
    const chosen = new Map();
    const held = new Map();
    for (const r of candidates(profile)) {
        if (r.present(s))
            continue;
        const since = HARDENING_BY_KEY.get(r.key)?.since ?? SETTING_VERSIONS.get(r.key) ?? 0;
        const waived = r.checks.find((c) => options.waivedChecks?.has(c));
        const reason = waived
            ? `the check ${waived} is waived for this unit`
            : since > target
                ? `it needs systemd ${since}, newer than the target ${target}`
                : (sessions ?? r.guard(ctx, s));
        if (reason !== null) {
            // A strict recommendation that does not apply leaves the baseline one for the same key.
            if (!(r.profile === "strict" &&
                chosen.has(r.key) &&
                reason === "handled by the baseline profile"))
                held.set(r.key, reason);
            continue;
        }
        held.delete(r.key);
        chosen.set(r.key, { r, line: [...r.lines(ctx, s)] });
    }
    if (chosen.has("SystemCallFilter"))
        held.set("SystemCallFilter=~@resources", "runtimes and daemons tune their own limits and CPU affinity (setrlimit, sched_setaffinity); deny @resources yourself if this one does not");
    // Without a previous drop-in of ours the base is the unit as scored: its rows have the badness.
    const baseBadness = base === current ? inCheckOrder(currentScore) : exposureOf(base).badness;
    const trial = (entries) => {
        const unit = load(renderSettings(entries, kept));
        if (unit.refusal)
            return { exposure: Infinity, worse: ["(systemd refuses the unit)"] };
        const after = exposureOf(unit);
        return { exposure: after.exposure, worse: worseBadness(baseBadness, after.badness) };
    };
    const entries = [...chosen.values()];
    let result = entries.length > 0 ? trial(entries) : null;
    while (result && result.worse.length > 0) {
        // Invariant: entries[0..hi] is worse, with `worse` as the checks it makes worse.
        let lo = 0;
        let hi = entries.length - 1;
        let worse = result.worse;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const r = trial(entries.slice(0, mid + 1));
            if (r.worse.length > 0) {
                hi = mid;
                worse = r.worse;
            }
            else
                lo = mid + 1;
        }
        held.set(entries[lo].r.key, `it would make ${worse.join(", ")} worse (as systemd scores it)`);
        entries.splice(lo, 1);
        result = entries.length > 0 ? trial(entries) : null;
    }
    if (!result) {
        return {
            none: held.size > 0
                ? "every recommendation of the profile is held back"
                : "the unit already has every setting of the profile",
            heldBack: heldList(held),
        };
    }
    const finalScore = result;
    if (finalScore.exposure >= baseScore.exposure) {
        return {
            none: "the profile's settings do not lower the exposure of this unit",
            heldBack: heldList(held),
        };
    }
    const content = render(entries, kept, heldList(held), profile, baseScore.exposure, finalScore.exposure);
    return {
        proposal: {
            unitPath,
            dropinPath,
            content,
            exposureBefore: currentScore.exposure,
            exposureWithout: baseScore.exposure,
            exposureAfter: finalScore.exposure,
            settings: entries.flatMap((e) => e.line),
            heldBack: heldList(held),
            changed: content !== existingText,
        },
    };
}
function heldList(held) {
    return [...held].map(([key, reason]) => ({ key, reason }));
}

;// CONCATENATED MODULE: ./build/src/core/scan.js
/**
 * One scan: the unit files to consider -> each effective unit loaded, scored, linted. Pure: the
 * tree is handed in, nothing is read from anywhere else.
 */















/**
 * A cache of parsed files for one tree, shared by every unit of a scan. It keeps drop-ins (a
 * `service.d/` drop-in serves many units) and lets unit files go once scanned, so memory stays
 * flat on large trees.
 */
function parseCache() {
    const dropins = new Map();
    let last = null;
    return {
        get: (path) => dropins.get(path) ?? (last?.path === path ? last.file : undefined),
        set: (path, file) => {
            if (isDropinPath(path))
                dropins.set(path, file);
            else
                last = { path, file };
        },
    };
}
function scan_readFile(tree, path, cache) {
    const cached = cache.get(path);
    if (cached)
        return { file: cached };
    const bytes = tree.read(path);
    if (bytes === undefined)
        return null;
    const problem = fileProblem(path, bytes);
    if (problem)
        return { problem };
    const file = parseSource(path, decodeSource(bytes));
    cache.set(path, file);
    return { file };
}
/** The releases a scan is for, oldest first: the options', else the policy's, else 252. */
function releasesOf(options) {
    const listed = options.systemdVersions ?? [DEFAULT_RELEASE];
    return [...new Set(listed)].sort((a, b) => a - b);
}
/** Loads, scores and lints the unit file at `path`, as each listed release would. */
function scanUnit(tree, path, options = {}, cache = parseCache()) {
    const listed = releasesOf(options);
    const floor = releaseOf(floorOf(listed));
    const name = analysedName(path, floor);
    const unitName = name?.name ?? basename(path);
    const read = scan_readFile(tree, path, cache);
    if (!name) {
        const findings = [
            ruleFinding("invalid-unit-name", { path, span: { start: 0, end: 0 } }, `'${basename(path)}' is not a valid unit name (ASCII letters, digits and ":-_.\\" before the type, one '@' for templates): systemd cannot load it; rename the file (systemd-escape turns other characters into \\xNN)`),
        ];
        return { path, unit: unitName, score: null, refusal: null, loaded: null, findings };
    }
    if (!read || "problem" in read) {
        const why = tree.skipped?.(path);
        const problem = read && "problem" in read
            ? read.problem
            : why
                ? ruleFinding("not-a-unit-file", { path, span: { start: 0, end: 0 } }, `${why}: not read; make it a regular file inside the folder`)
                : undefined;
        const findings = problem ? [problem] : [];
        return { path, unit: unitName, score: null, refusal: null, loaded: null, findings };
    }
    const dropinFiles = [];
    const findings = [];
    for (const p of findDropins(tree, dirname(path), name)) {
        const r = scan_readFile(tree, p, cache);
        if (!r)
            continue;
        if ("problem" in r)
            findings.push(r.problem);
        else
            dropinFiles.push(r.file);
    }
    const loaded = loadFromFiles(name, read.file, dropinFiles, path, floor);
    // The same files as another release loads them (a template's instance, and so its drop-ins, may differ).
    const loads = new Map([[floor, loaded]]);
    const loadAs = (release) => {
        let u = loads.get(release);
        if (!u) {
            const as = analysedName(path, release);
            const files = as.name === name.name
                ? dropinFiles
                : findDropins(tree, dirname(path), as).flatMap((p) => {
                    const r = scan_readFile(tree, p, cache);
                    return r && "file" in r ? [r.file] : [];
                });
            loads.set(release, (u = loadFromFiles(as, read.file, files, path, release)));
        }
        return u;
    };
    const policy = options.policy ?? EMPTY_POLICY;
    const suppressions = [];
    for (const file of [read.file, ...dropinFiles]) {
        const r = readSuppressions(file);
        suppressions.push(...r.suppressions);
        findings.push(...r.problems);
    }
    const policyWaivers = waiversFor(policy, path);
    const waivedChecks = new Map(policyWaivers.checks);
    for (const sup of suppressions)
        for (const id of sup.ids)
            if (CHECKS_BY_ID.has(id))
                waivedChecks.set(id, sup.reason);
    let score = null;
    let plainScore;
    let scores;
    let onlineExposure;
    if (name.type === "service" && !loaded.refusal) {
        const securityPolicy = securityPolicyFor(policy, path, [...waivedChecks.keys()]);
        score = scoreUnit(loaded, securityPolicy);
        const online = onlineVariant(floor);
        if (online) {
            const e = variantExposure(score, loaded, online, securityPolicy);
            if (e !== score.exposure)
                onlineExposure = e;
        }
        if (securityPolicy.size > 0)
            plainScore = scoreUnit(loaded);
        if (listed.length > 1) {
            scores = listed.map((v) => {
                const u = loadAs(releaseOf(v));
                return {
                    release: v,
                    score: v === floor.version ? score : u.refusal ? null : scoreUnit(u, securityPolicy),
                };
            });
        }
    }
    const lintOptions = {
        ...options,
        systemdVersions: listed,
        requiredSettings: options.requiredSettings ?? policy.requiredSettings,
    };
    const linted = applySuppressions(lintUnit(loaded, lintOptions, loadAs), suppressions, policyWaivers.rules);
    findings.push(...linted, ...unusedSuppressions(suppressions, linted, plainScore ?? score));
    const report = {
        path,
        unit: name.name,
        score,
        refusal: loaded.refusal,
        loaded,
        findings: sortFindings(findings),
    };
    const fix = score && options.fix
        ? proposeDropin(tree, path, {
            systemdVersions: listed,
            ...options.fix,
            waivedChecks: new Set(waivedChecks.keys()),
            cache,
            loaded: { unit: loaded, score: plainScore ?? score },
        })
        : undefined;
    return {
        ...report,
        ...(scores && { scores }),
        ...(onlineExposure !== undefined && { onlineExposure }),
        ...(plainScore && { plainScore }),
        ...(waivedChecks.size > 0 && name.type === "service" && { waivedChecks }),
        ...(fix && { fix }),
    };
}
/** Marks the findings an inline suppression or a policy waiver covers, with its reason. */
function applySuppressions(findings, suppressions, policyRules) {
    return findings.map((f) => {
        const inline = suppressions.find((s) => covers(s, f) &&
            (s.ids.includes(f.id) ||
                (s.target !== null &&
                    EXPOSURE_RULES.has(f.id) &&
                    s.ids.some((id) => CHECKS_BY_ID.has(id) &&
                        s.target.key === CHECKS_BY_ID.get(id).name.replace(/=.*$/, "")))));
        const reason = inline?.reason ?? policyRules.get(f.id);
        return reason === undefined ? f : { ...f, suppressed: reason };
    });
}
/** Suppressions that suppress nothing: no such finding where they point, or a check that passes anyway. */
function unusedSuppressions(suppressions, findings, score) {
    const out = [];
    for (const s of suppressions) {
        for (const id of s.ids) {
            const check = CHECKS_BY_ID.get(id);
            const used = check
                ? score === null || (score.rows.find((r) => r.check.id === id)?.badness ?? 0) !== 0
                : findings.some((f) => f.id === id && covers(s, f));
            if (!used) {
                const message = check
                    ? `the check ${id} passes, so ignoring it changes nothing: remove '${id}' from the suppression`
                    : `there is no ${id} finding ${s.target ? "on the next line" : "in this unit"}: remove '${id}' from the suppression`;
                out.push(ruleFinding("unused-suppression", { path: s.file.path, file: s.file, span: s.comment }, message));
            }
        }
    }
    return out;
}
/** A drop-in whose unit file is not in the tree (an override for a unit shipped elsewhere): linted alone. */
function scanOrphanDropin(tree, path, options = {}, cache = parseCache()) {
    const dir = basename(dirname(path));
    const stem = dir.slice(0, -2);
    const name = parseUnitName(stem) ?? null;
    const read = scan_readFile(tree, path, cache);
    const unit = name?.name ?? stem;
    if (!read || "problem" in read) {
        return {
            path,
            unit,
            score: null,
            refusal: null,
            loaded: null,
            findings: read && "problem" in read ? [read.problem] : [],
        };
    }
    return {
        path,
        unit,
        score: null,
        refusal: null,
        loaded: null,
        findings: sortFindings(lintFileOnly(read.file, name, { ...options, systemdVersions: releasesOf(options) })),
    };
}
/** Scans unit files and orphan drop-ins one at a time, in path order (for streaming output). */
function* scanEach(tree, units, orphanDropins, options = {}) {
    const cache = parseCache();
    const jobs = [
        ...units.map((path) => ({ path, orphan: false })),
        ...orphanDropins.filter(isDropinPath).map((path) => ({ path, orphan: true })),
    ];
    jobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const j of jobs)
        yield j.orphan
            ? scanOrphanDropin(tree, j.path, options, cache)
            : scanUnit(tree, j.path, options, cache);
}
/** Scans unit files and orphan drop-ins, in path order. */
function scanPaths(tree, units, orphanDropins, options = {}) {
    return [...scanEach(tree, units, orphanDropins, options)];
}

;// CONCATENATED MODULE: ./build/src/core/fix/hardening-pr.js
/**
 * The hardening pull request of `fix: pull-request`, as data: which units it hardens, which it
 * leaves out and why, its title, body and commit message. Pure: the GitHub side
 * (src/github/hardening-pr.ts) decides when to write.
 */



/** Whether a path may be written by the bot (nothing under .github/, where workflows live). */
function writablePath(path) {
    return !/^\.github(\/|$)/i.test(path) && !path.split("/").includes("..") && !path.startsWith("/");
}
const hardening_pr_heldList = (held) => held.map((h) => `${h.key}: ${h.reason}`).join("; ");
/**
 * The units the pull request hardens: scored at or above `annotate-exposure` (never, when it is
 * `never`), with a drop-in that changes something and lowers the exposure, not under .github/,
 * and not listed under `hardening-exclude`. Units at or above the threshold that are left out, with why.
 */
function planHardening(reports, config) {
    const hardened = [];
    const leftOut = [];
    const threshold = config.annotateExposure === null ? null : Math.round(config.annotateExposure * 10);
    const excluded = config.hardeningExclude;
    for (const r of reports) {
        if (!r.score || threshold === null || r.score.exposure < threshold)
            continue;
        const glob = excluded.find((g) => matchesGlob(r.path, g));
        if (glob !== undefined) {
            leftOut.push({
                path: r.path,
                reason: `listed under hardening-exclude (${glob}) in ${config.policy?.source ?? "the policy file"}`,
            });
            continue;
        }
        const fix = r.fix;
        if (!fix)
            continue;
        if ("none" in fix) {
            leftOut.push({
                path: r.path,
                reason: fix.heldBack.length > 0 ? `${fix.none} (${hardening_pr_heldList(fix.heldBack)})` : fix.none,
            });
            continue;
        }
        const p = fix.proposal;
        if (!writablePath(p.dropinPath)) {
            leftOut.push({ path: r.path, reason: "harden-units never writes under .github/" });
        }
        else if (p.changed && p.exposureAfter < p.exposureBefore) {
            hardened.push({ unit: r.unit, proposal: p });
        }
    }
    return { hardened, leftOut };
}
function pullTitle(count) {
    return `Harden ${count} systemd unit${count === 1 ? "" : "s"}`;
}
/** The marker by which harden-units recognises its pull requests, and the proposal they carry. */
const PULL_MARKER = "<!-- harden-units:hardening-pull-request -->";
/** The trailer of harden-units' commits on the hardening branch: the proposal's fingerprint. */
const TRAILER = "Harden-Units-Proposal:";
const proposalMarker = (fingerprint) => `<!-- harden-units:proposal ${fingerprint} -->`;
// Not at the start of a line: there, Vite's parser (oxc) reads `/<!--` as an HTML-like comment.
const PROPOSAL_IN_BODY = /<!-- harden-units:proposal ([0-9a-f]+) -->/;
/** The fingerprint a pull request body or a commit message carries, or null. */
function fingerprintIn(text) {
    return (PROPOSAL_IN_BODY.exec(text)?.[1] ??
        new RegExp(`^${TRAILER} ([0-9a-f]+)$`, "m").exec(text)?.[1] ??
        null);
}
function hardeningCommitMessage(units, fingerprint) {
    const lines = units.map(({ unit, proposal: p }) => `- ${unit}: ${formatExposure(p.exposureBefore)} -> ${formatExposure(p.exposureAfter)} (${p.dropinPath})`);
    return `${pullTitle(units.length)}\n\nDrop-ins proposed by harden-units; exposure as systemd-analyze security scores it:\n${lines.join("\n")}\n\n${TRAILER} ${fingerprint}\n`;
}
const hardening_pr_code = (s) => `\`${s.replace(/`/g, "'")}\``;
/** The pull request's body: a table per unit, what was held back, what was left out, how to opt out. */
function pullBody(units, leftOut, options) {
    const out = [
        PULL_MARKER,
        proposalMarker(options.fingerprint),
        `harden-units proposes a drop-in for each of these ${units.length} unit${units.length === 1 ? "" : "s"} of ${hardening_pr_code(options.base)}. A drop-in only adds settings: the unit files stay as they are, and deleting the drop-in undoes it. Exposure is scored as \`systemd-analyze security --offline=true\` scores it (0 is best, 10 worst).`,
        "",
    ];
    for (const u of units) {
        const p = u.proposal;
        out.push(`### ${hardening_pr_code(p.unitPath)}`, "", `Drop-in: ${hardening_pr_code(p.dropinPath)}`, "", "| systemd | exposure before | after |", "|---|---|---|");
        for (const v of u.byVersion)
            out.push(`| ${v.version} | ${formatExposure(v.before)} | ${formatExposure(v.after)} |`);
        out.push("", `Settings: ${p.settings.map((s) => hardening_pr_code(`${s.key}=${s.value}`)).join(", ")}`, "");
        if (p.heldBack.length > 0) {
            out.push("Held back:", "", ...p.heldBack.map((h) => `- ${hardening_pr_code(h.key)}: ${escapeInline(h.reason)}`), "");
        }
    }
    if (leftOut.length > 0) {
        out.push("### Left out", "", "| unit | why |", "|---|---|", ...leftOut.map((l) => `| ${hardening_pr_code(l.path)} | ${escapeInline(l.reason).replace(/\|/g, "\\|")} |`), "");
    }
    out.push("### Opting out", "", `- Leave a unit out of this pull request: list it under \`hardening-exclude\` in ${hardening_pr_code(options.policyPath)} (\`hardening-exclude = deploy/legacy-*.service\`).`, "- Keep a setting out of a unit's drop-in: waive its check in the policy file's `[waivers]` (`deploy/app.service = PrivateNetwork -- needs the host network`) or with a comment line in the unit, `# harden-units: ignore PrivateNetwork -- needs the host network`.", "- Closing this pull request without merging it is a no: harden-units does not open it again until its proposal changes.", "- Commits pushed to this branch by anyone else are never overwritten: harden-units then leaves the branch alone.", "");
    return out.join("\n");
}

;// CONCATENATED MODULE: ./build/src/github/commit.js
/**
 * fix: commit. One commit per run on the pull request's branch through the Git Data API (blobs,
 * tree, commit, ref update without force), with no custom author so GitHub marks it Verified,
 * adding or updating `<unit>.d/<name>` for each unit where the content differs. Never under
 * .github/, never on a fork's branch, never when the branch moved since the scan.
 */



function commitMessage(proposals) {
    const lines = proposals.map(({ proposal: p, unit }) => `- ${unit}: ${formatExposure(p.exposureBefore)} -> ${formatExposure(p.exposureAfter)} (${p.dropinPath})`);
    return `harden-units: harden ${proposals.length} unit${proposals.length === 1 ? "" : "s"} with drop-ins\n\nExposure as systemd-analyze security scores it:\n${lines.join("\n")}\n`;
}

async function commitDropins(api, branch, scannedSha, proposals) {
    const files = new Map(proposals
        .filter(({ proposal: p }) => p.changed && writablePath(p.dropinPath))
        .map(({ proposal: p }) => [p.dropinPath, p.content]));
    if (files.size === 0)
        return { kind: "nothing" };
    let current;
    try {
        current = await api.getBranchSha(branch);
    }
    catch (e) {
        return { kind: "refused", reason: `cannot read the branch ${branch}: ${describeError(e)}` };
    }
    if (current !== scannedSha) {
        return {
            kind: "refused",
            reason: `the branch ${branch} moved to ${shortSha(current)} since ${shortSha(scannedSha)} was scanned; no force push`,
        };
    }
    try {
        const sha = await api.commitFiles(branch, scannedSha, files, commitMessage(proposals.filter(({ proposal: p }) => files.has(p.dropinPath))));
        return { kind: "committed", sha, paths: [...files.keys()] };
    }
    catch (e) {
        const why = httpStatus(e) === 422
            ? `the branch ${branch} moved during the commit (not a fast forward); no force push`
            : (missingPermission(e, `write to ${branch}`, "contents") ?? describeError(e));
        return { kind: "refused", reason: why };
    }
}

;// CONCATENATED MODULE: ./build/src/github/diff.js
/**
 * The lines of a pull request's diff that a review comment may point at: for each file, the
 * head-side (RIGHT) lines inside each hunk of its patch, as GitHub resolves them.
 */
/** Hunks of a unified diff patch (GitHub's `patch` field: hunks only, no file header). */
function parseHunks(patch) {
    if (!patch)
        return [];
    const hunks = [];
    for (const m of patch.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        if (count > 0)
            hunks.push({ start, end: start + count - 1 });
    }
    return hunks;
}
/** The head-side lines a patch adds or changes (its `+` lines), 1-based. */
function addedLines(patch) {
    const out = new Set();
    if (!patch)
        return out;
    let line = 0;
    for (const l of patch.split("\n")) {
        const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(l);
        if (m)
            line = Number(m[1]);
        else if (l.startsWith("+"))
            out.add(line++);
        else if (l.startsWith(" ") || l === "")
            line++;
    }
    return out;
}
class DiffIndex {
    hunks = new Map();
    patches = new Map();
    added = new Map();
    constructor(files) {
        for (const f of files) {
            this.hunks.set(f.filename, parseHunks(f.patch));
            this.patches.set(f.filename, f.patch);
        }
    }
    /**
     * Whether the pull request adds or changes this head-side line. A file in the diff without a
     * patch (too large, binary) counts as changed throughout.
     */
    changes(path, line) {
        if (!this.patches.has(path))
            return false;
        const patch = this.patches.get(path);
        if (patch === undefined)
            return true;
        let lines = this.added.get(path);
        if (!lines)
            this.added.set(path, (lines = addedLines(patch)));
        return lines.has(line);
    }
    /** Every file of the diff. */
    paths() {
        return [...this.hunks.keys()];
    }
    /** The file is part of the pull request's diff (a file-level comment may point at it). */
    has(path) {
        return this.hunks.has(path);
    }
    /** The hunk holding a head-side line, if any. */
    hunkOf(path, line) {
        return this.hunks.get(path)?.find((h) => line >= h.start && line <= h.end);
    }
    /** Whether a comment on lines start..end (head side) is accepted: all in one hunk. */
    accepts(path, line, startLine) {
        const h = this.hunkOf(path, line);
        return (h !== undefined && (startLine === undefined || (startLine >= h.start && startLine <= line)));
    }
}
/**
 * The text of a file before a change, from its text after the change and the change's patch
 * (GitHub's `patch`: hunks only), so that the base of a pull request needs no API call. Null when
 * the patch does not fit the text (then the old file must be read another way).
 */
function unapplyPatch(after, patch) {
    const lines = after === "" ? [] : after.split("\n");
    const afterEndsWithNewline = after.endsWith("\n");
    if (afterEndsWithNewline)
        lines.pop();
    const body = patch.split("\n");
    if (body[body.length - 1] === "")
        body.pop();
    const out = [];
    let cursor = 0;
    let last = "";
    let oldLacksNewline = false;
    // whether the last line of the old text came from the patch (else from the new text, with its end)
    let tailFromPatch = false;
    for (let i = 0; i < body.length;) {
        const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(body[i]);
        if (!m)
            return null;
        // an empty new side names the line before it
        const start = m[2] === "0" ? Number(m[1]) : Number(m[1]) - 1;
        if (start < cursor || start > lines.length)
            return null;
        if (start > cursor)
            tailFromPatch = false;
        out.push(...lines.slice(cursor, start));
        cursor = start;
        for (i++; i < body.length && !body[i].startsWith("@@"); i++) {
            const line = body[i];
            const kind = line === "" ? " " : line[0];
            const text = line.slice(1);
            if (kind === " " || kind === "+") {
                if (lines[cursor] !== text)
                    return null;
                cursor++;
                if (kind === " ")
                    out.push(text);
                if (kind === " ")
                    tailFromPatch = true;
            }
            else if (kind === "-") {
                out.push(text);
                tailFromPatch = true;
            }
            else if (kind === "\\") {
                if (last === " " || last === "-")
                    oldLacksNewline = true;
                continue;
            }
            else {
                return null;
            }
            last = kind;
        }
    }
    if (cursor < lines.length)
        tailFromPatch = false;
    out.push(...lines.slice(cursor));
    const oldEndsWithNewline = !oldLacksNewline && (tailFromPatch || afterEndsWithNewline);
    return out.join("\n") + (out.length > 0 && oldEndsWithNewline ? "\n" : "");
}

;// CONCATENATED MODULE: ./build/src/core/format/github.js
/**
 * GitHub Actions workflow commands (`scan --format github`), for running the CLI in a workflow
 * step without the action: one `::error|warning|notice file=…,line=…::message` per annotation
 * (core/annotate.ts: the weak units on their `[Service]` line, weak lines, open findings). Properties and message are escaped exactly
 * as @actions/core escapes them, so a message with `%`, `:`, `,` or a newline arrives whole.
 */

/** @actions/core's escapeData: the message after `::`. */
function escapeData(s) {
    return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** @actions/core's escapeProperty: a value in `key=value,…`. */
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/**
 * `::command key=value,…::message`, as the runner parses it and as @actions/core writes it: the
 * properties in their order, empty ones (undefined, "", 0) left out, values that are not text as
 * JSON.
 */
function commandLine(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(typeof v === "string" ? v : JSON.stringify(v))}`)
        .join(",");
    return `::${command}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
/** One annotation, properties in @actions/core's order (title, file, line, endLine, col, endColumn). */
function workflowCommand(command, p, message) {
    return commandLine(command, {
        title: p.title,
        file: p.file,
        line: p.line,
        endLine: p.endLine,
        col: p.col,
        endColumn: p.endColumn,
    }, message);
}
const COMMAND = { failure: "error", warning: "warning", notice: "notice" };
/** The workflow command of one annotation (core/annotate.ts), the rule id at the end of its message. */
function annotationCommand(a) {
    const title = a.kind === "finding" ? `harden-units: ${a.rule}` : a.title;
    return workflowCommand(COMMAND[a.level], {
        title,
        file: a.path,
        line: a.line,
        endLine: a.endLine,
        ...(a.column !== undefined && { col: a.column, endColumn: a.endColumn }),
    }, `${a.message} [${a.rule}]`);
}
/** Workflow commands for a run's annotations, in their order (unit annotations first: the runner shows 10 per level). */
function githubCommands(annotations) {
    return orderAnnotations(annotations).map(annotationCommand);
}

;// CONCATENATED MODULE: ./build/src/github/reporter.js
/**
 * Where a run's findings go: one check run (50 annotations per request), or, when the token may
 * not write check runs, workflow commands printed as `scan --format github` prints them (the
 * runner shows 10 of each kind per step; the job summary lists all).
 */





/** The annotations of a run (core/annotate.ts builds them, for every format alike), as the Checks API takes them. */
function annotationsOf(reports, options) {
    return annotate(reports, options).map(checkAnnotation);
}
function checkAnnotation(a) {
    return {
        path: a.path,
        start_line: a.line,
        end_line: a.endLine,
        annotation_level: a.level,
        title: a.title.slice(0, 255),
        message: a.message,
        ...(a.column !== undefined &&
            a.line === a.endLine && {
            start_column: a.column,
            end_column: Math.max(a.column, a.endColumn ?? a.column),
        }),
    };
}
/** How the action annotates a run: with the base and the diff on a pull request. */
function actionAnnotateOptions(scanned, gate, pull) {
    const { config } = scanned;
    if (!pull)
        return { annotateExposure: config.annotateExposure, gate, context: "action" };
    const diff = new DiffIndex(scanned.pullFiles.files
        .filter((f) => f.status !== "removed")
        .map((f) => ({ filename: f.filename, ...(f.patch !== undefined && { patch: f.patch }) })));
    return {
        annotateExposure: config.annotateExposure,
        gate,
        base: scanned.base,
        context: "pull-request",
        suggests: config.fix === "suggest",
        changedLine: (path, line) => diff.changes(path, line),
        inDiff: (path) => diff.has(path),
    };
}
/** The check run's title: what was scored and how many annotations. */
function checkTitle(reports, annotations) {
    const scored = reports.filter((r) => r.score);
    const worst = scored.reduce((m, r) => Math.max(m, r.score.exposure), -1);
    return `${scored.length} unit${scored.length === 1 ? "" : "s"} scored${worst >= 0 ? `, highest exposure ${formatExposure(worst)}` : ""}, ${annotations} annotation${annotations === 1 ? "" : "s"}`;
}
/** Posts a check run (the annotations 50 per request); throws what the API throws. */
async function postCheckRun(api, name, sha, check) {
    const summary = check.summary.length > 65000
        ? `${check.summary.slice(0, 65000)}\n\n…(the full report is in the job summary)`
        : check.summary;
    const output = (annotations) => ({
        title: check.title,
        summary,
        annotations,
    });
    const id = await api.createCheckRun(name, sha, output(check.annotations.slice(0, 50)), check.failed ? "failure" : "success");
    for (let i = 50; i < check.annotations.length; i += 50)
        await api.updateCheckRun(id, output(check.annotations.slice(i, i + 50)));
}
/** Workflow commands on the step's output, 10 of each kind (what the runner shows). */
function workflowCommandReporter(write) {
    return {
        async report(_sha, check) {
            const kind = { failure: "error", warning: "warning", notice: "notice" };
            const shown = new Map();
            let hidden = 0;
            for (const a of check.annotations) {
                const n = shown.get(a.annotation_level) ?? 0;
                if (n >= 10) {
                    hidden++;
                    continue;
                }
                shown.set(a.annotation_level, n + 1);
                write(workflowCommand(kind[a.annotation_level], {
                    title: a.title ?? "harden-units",
                    file: a.path,
                    line: a.start_line,
                    endLine: a.end_line,
                    ...(a.start_column !== undefined && { col: a.start_column }),
                }, a.message));
            }
            return {
                notes: hidden > 0
                    ? [
                        `GitHub shows 10 annotations of each kind per step; ${hidden} more are listed in the job summary.`,
                    ]
                    : [],
            };
        },
    };
}
/** A check run; when it cannot be written (a fork's token, missing checks: write), the fallback. */
function checkRunReporter(api, name, fallback) {
    return {
        async report(sha, check) {
            try {
                await postCheckRun(api, name, sha, check);
                return { notes: [] };
            }
            catch (e) {
                const refused = missingPermission(e, "write check runs", "checks", FORK_TOKEN);
                const why = `${refused ? sentence(refused) : `The check run could not be written (${describeError(e)})`}, so the findings are workflow annotations instead, and all of them are listed below.`;
                const outcome = await fallback.report(sha, check);
                return { notes: [why, ...outcome.notes] };
            }
        },
    };
}

;// CONCATENATED MODULE: ./build/src/github/review.js
/**
 * fix: suggest. For each unit the fix engine can improve: where the unit's [Service] section has
 * a line inside a diff hunk (and the settings, merged there, score as well as the drop-in), a
 * ```suggestion that adds the settings after that line; all of these go in one review per run.
 * Otherwise a comment with the whole drop-in file and how to apply it, on the unit's file (GitHub
 * takes file comments only one at a time: its reviews endpoint has no subject_type), or in the
 * conversation when no file of the unit is in the diff; beyond a few such comments per run, the rest
 * share one conversation comment. Each comment carries a hidden marker, so a
 * re-run updates, resolves or replaces its earlier comments instead of adding new ones, and posts
 * nothing when nothing changed. Every line is checked against the diff before sending: one bad
 * line makes GitHub reject the whole review.
 */







const MARKER_PREFIX = "<!-- harden-units:dropin ";
function marker(unitPath) {
    return `${MARKER_PREFIX}${encodeURIComponent(unitPath)} -->`;
}
function decodeURIComponentSafe(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return null;
    }
}
/** The unit of one of our comments (the marker opens it), or null. */
function markedUnit(body) {
    const m = /^<!-- harden-units:dropin (\S+) -->/.exec(body);
    return m ? decodeURIComponentSafe(m[1]) : null;
}
/** Text as a Markdown code span: shown as it is (no backslash escapes there), never closed early by a backtick in it. */
function codeSpan(text) {
    const one = text.replace(/[\r\n]+/g, " ");
    const fence = "`".repeat(Math.max(0, ...[...one.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
    const pad = one.startsWith("`") || one.endsWith("`") ? " " : "";
    return `${fence}${pad}${one}${pad}${fence}`;
}
function howToApply(p, unitName) {
    return [
        "To apply it, any of:",
        "- set `fix: commit` on the harden-units step (it commits the drop-in to this branch), or comment `/harden-units fix` on this pull request;",
        `- run ${codeSpan(`npx harden-units fix ${shellWord(p.unitPath.replace(/\/[^/]*$/, "") || ".")}`)} and commit ${codeSpan(p.dropinPath)};`,
        `- on a host: ${codeSpan(`sudo systemctl edit ${shellWord(unitName)}`)}, paste the settings, save.`,
    ].join("\n");
}
/** A word for a POSIX shell: as it is when it is plain, else single-quoted. */
function shellWord(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function heldBackNote(p) {
    if (p.heldBack.length === 0)
        return "";
    return [
        "",
        "<details><summary>Held back</summary>",
        "",
        ...p.heldBack.map((h) => `- ${codeSpan(h.key)}: ${escapeInline(h.reason)}`),
        "",
        "</details>",
    ].join("\n");
}
/** The settings as lines to add to a unit file, with one comment line above them. */
function settingsBlock(p) {
    return [
        `# Hardening proposed by harden-units: exposure ${formatExposure(p.exposureBefore)} -> ${formatExposure(p.exposureAfter)}`,
        ...p.settings.map((l) => `${l.key}=${l.value}`),
    ];
}
/**
 * A place in the unit file's [Service] section, inside a diff hunk, after which the settings can
 * be added and score as well as the drop-in would: the last line of the section first, then the
 * others from the bottom.
 */
function suggestionLine(tree, p, diff) {
    const inUnit = serviceLineIn(tree, p, p.unitPath, diff);
    if (inUnit)
        return inUnit;
    // No line of the unit file's [Service] in the diff: the pull request's own drop-in of the unit, when its [Service] is.
    for (const path of diff
        .paths()
        .filter((f) => f.startsWith(`${p.unitPath}.d/`) && f.endsWith(".conf") && f !== p.dropinPath)
        .sort()) {
        const at = serviceLineIn(tree, p, path, diff);
        if (at)
            return at;
    }
    return null;
}
/** A line of `path`'s [Service] section inside a hunk, after which the settings score as the drop-in would. */
function serviceLineIn(tree, p, path, diff) {
    const bytes = tree.read(path);
    if (bytes === undefined)
        return null;
    const file = parseUnitFile(path, bytes);
    const lines = file.source.lines.map((l) => file.source.text.slice(l.start, l.end));
    const service = file.entries.filter((e) => (e.kind === "assignment" && e.section === "Service") ||
        (e.kind === "section" && e.name === "Service"));
    const candidates = service
        .map((e) => (e.kind === "assignment" ? e.reportLine : e.firstLine))
        .sort((a, b) => b - a);
    for (const index of candidates) {
        const line = index + 1;
        if (!diff.accepts(path, line))
            continue;
        const original = lines[index];
        const added = settingsBlock(p);
        const newText = [...lines.slice(0, index + 1), ...added, ...lines.slice(index + 1)].join("\n") + "\n";
        if (!scoresAsDropin(tree, p, path, newText))
            continue;
        return { path, line, text: original, newText };
    }
    return null;
}
/** The unit with the settings written into `path` (the unit file or a drop-in of it) scores exactly as with the drop-in, and no check gets worse. */
function scoresAsDropin(tree, p, path, text) {
    // Both without any drop-in of ours: the suggestion takes its place.
    const withSettings = loadUnit(new OverlayTree(tree, new Map([
        [path, text],
        [p.dropinPath, null],
    ])), p.unitPath);
    const without = loadUnit(new OverlayTree(tree, new Map([[p.dropinPath, null]])), p.unitPath);
    if (!withSettings || !without || withSettings.refusal || without.refusal)
        return false;
    const after = scoreUnit(withSettings);
    return after.exposure === p.exposureAfter && propose_worseChecks(scoreUnit(without), after).length === 0;
}
/** What to post for each proposal. */
function planComments(tree, proposals, diff) {
    const planned = [];
    for (const { proposal: p, unit } of proposals) {
        const head = `${marker(p.unitPath)}\n**harden-units** can lower the exposure of ${codeSpan(unit)} from ${formatExposure(p.exposureBefore)} to ${formatExposure(p.exposureAfter)}`;
        const fallback = `${head} with this drop-in, ${codeSpan(p.dropinPath)}:\n\n${fenced(p.content, "ini")}\n\n${howToApply(p, unit)}\n${heldBackNote(p)}`;
        const at = suggestionLine(tree, p, diff);
        if (at) {
            const suggestion = fenced([at.text, ...settingsBlock(p)].join("\n"), "suggestion");
            const into = at.path === p.unitPath
                ? "its `[Service]` section"
                : `the \`[Service]\` section of this pull request's drop-in ${codeSpan(at.path)}`;
            const body = `${head} by adding these settings to ${into} (or${at.path === p.unitPath ? ", without touching the unit," : ""} with the drop-in ${codeSpan(p.dropinPath)}):\n\n${suggestion}\n${heldBackNote(p)}`;
            planned.push({
                unitPath: p.unitPath,
                kind: "suggestion",
                path: at.path,
                line: at.line,
                body,
                fallback,
            });
            continue;
        }
        const target = diff.has(p.unitPath)
            ? p.unitPath
            : diff.paths().find((f) => f.startsWith(`${p.unitPath}.d/`));
        planned.push({
            unitPath: p.unitPath,
            kind: target ? "file" : "conversation",
            path: target ?? null,
            line: null,
            body: fallback,
            fallback,
        });
    }
    return planned;
}
/** New comments of their own per run (file or conversation); the rest share one comment. */
const MAX_SEPARATE_COMMENTS = 5;
/** The marker of the one conversation comment that holds the drop-ins beyond the budget. */
const GROUP_MARKER = "<!-- harden-units:dropins -->";
/** GitHub's limit on a comment's body. */
const MAX_BODY = 65536;
/** Written by a bot account (an app's token), or by an author GitHub does not name. */
const byBot = (c) => c.user.endsWith("[bot]") || c.user === "";
function existingGroup(comments) {
    return comments.find((c) => c.body.startsWith(GROUP_MARKER) && byBot(c));
}
/** One comment with several units' drop-ins, each folded; cut short (saying so) at GitHub's limit. */
function groupBody(planned) {
    const head = `${GROUP_MARKER}\n**harden-units** can lower the exposure of ${planned.length} more unit${planned.length === 1 ? "" : "s"} with drop-ins:\n`;
    const parts = [];
    let size = head.length;
    for (const [i, p] of planned.entries()) {
        const part = `\n<!-- harden-units:grouped ${encodeURIComponent(p.unitPath)} -->\n<details><summary>${codeSpan(p.unitPath)}</summary>\n\n${p.fallback.replace(/^<!--[^\n]*-->\n/, "")}\n</details>\n`;
        const rest = planned.length - i;
        const tail = `\n…and ${rest} more: run \`harden-units fix\` in the repository, or use \`fix: commit\`.\n`;
        if (size + part.length + tail.length > MAX_BODY - 100) {
            parts.push(tail);
            break;
        }
        parts.push(part);
        size += part.length;
    }
    return head + parts.join("");
}
const isOurs = (c) => markedUnit(c.body) !== null && byBot(c);
/** Whether an earlier comment sits where the planned one goes (then it is updated rather than replaced). */
function samePlace(e, p) {
    if (p.kind === "conversation")
        return e.kind === "issue";
    return (e.kind === "review" &&
        e.c.path === p.path &&
        e.c.file === (p.kind === "file") &&
        (p.kind === "file" || e.c.line === p.line));
}
/**
 * Posts the plan: the suggestions in one review, file comments one by one (GitHub's reviews
 * endpoint takes none), the rest in the conversation; past MAX_SEPARATE_COMMENTS new comments,
 * the remaining drop-ins share one conversation comment (rewritten each run, removed when empty). An earlier comment of ours at the same place
 * is updated (and left alone when unchanged), one elsewhere is replaced (removed once the new one
 * is posted), and ours for units that need nothing any more are edited to say so. A place GitHub
 * refuses (422: the pull request changed during the run) sends that drop-in to the conversation.
 */
async function postReview(api, pull, commitId, plan, resolvedUnits) {
    const existingReview = await api.listReviewComments(pull);
    const existingIssue = await api.listIssueComments(pull);
    const existing = [
        ...existingReview.filter(isOurs).map((c) => ({ kind: "review", c })),
        ...existingIssue.filter(isOurs).map((c) => ({ kind: "issue", c })),
    ];
    const kept = new Set();
    const update = async (e, body) => {
        kept.add(e);
        if (e.c.body === body)
            return 0;
        if (e.kind === "review")
            await api.updateReviewComment(e.c.id, body);
        else
            await api.updateIssueComment(e.c.id, body);
        return 1;
    };
    const ofUnit = (unit) => existing.filter((e) => markedUnit(e.c.body) === unit);
    let created = 0;
    let updated = 0;
    const suggestions = [];
    const files = [];
    const conversation = [];
    for (const p of plan) {
        const same = ofUnit(p.unitPath).find((e) => samePlace(e, p));
        if (same)
            updated += await update(same, p.body);
        else
            (p.kind === "suggestion" ? suggestions : p.kind === "file" ? files : conversation).push(p);
    }
    const refusals = [];
    const refused = (e, planned) => {
        if (httpStatus(e) !== 422)
            throw e;
        const errors = e.response?.data?.errors ?? [];
        const details = errors
            .map((x) => (typeof x === "string" ? x : String(x.message ?? "")))
            .filter(Boolean);
        refusals.push(details.length > 0 ? `${describeError(e)}: ${details.join(", ")}` : describeError(e));
        conversation.push(...planned.map((p) => ({
            ...p,
            kind: "conversation",
            path: null,
            line: null,
            body: p.fallback,
        })));
    };
    if (suggestions.length > 0) {
        const comments = suggestions.map((p) => ({
            path: p.path,
            line: p.line,
            side: "RIGHT",
            body: p.body,
        }));
        try {
            await api.createReview(pull, commitId, `**harden-units** proposes hardening for ${comments.length} unit${comments.length === 1 ? "" : "s"}.`, comments);
            created += comments.length;
        }
        catch (e) {
            refused(e, suggestions);
        }
    }
    // New comments of their own, up to a budget per run: GitHub asks for a pause between writes
    // that notify (Octokit waits 3 s), so the rest share one conversation comment.
    // Units already in the shared comment stay there, so that runs do not move them back and forth.
    let budget = MAX_SEPARATE_COMMENTS;
    const overflow = [];
    const group = existingGroup(existingIssue) ?? null;
    const grouped = new Set(group
        ? [...group.body.matchAll(/<!-- harden-units:grouped (\S+) -->/g)].map((m) => decodeURIComponentSafe(m[1]))
        : []);
    for (const p of files) {
        if (budget === 0 || grouped.has(p.unitPath)) {
            overflow.push(p);
            continue;
        }
        try {
            await api.createFileComment(pull, commitId, p.path, p.body);
            created++;
            budget--;
        }
        catch (e) {
            refused(e, [p]);
        }
    }
    for (const p of conversation) {
        const earlier = ofUnit(p.unitPath).find((e) => e.kind === "issue" && !kept.has(e));
        if (earlier)
            updated += await update(earlier, p.body);
        else if (budget > 0 && !grouped.has(p.unitPath)) {
            await api.createIssueComment(pull, p.body);
            created++;
            budget--;
        }
        else
            overflow.push(p);
    }
    if (overflow.length > 0) {
        const body = groupBody(overflow);
        if (!group) {
            await api.createIssueComment(pull, body);
            created++;
        }
        else if (group.body !== body) {
            await api.updateIssueComment(group.id, body);
            updated++;
        }
    }
    else if (group) {
        await api.deleteIssueComment(group.id);
    }
    // Earlier comments of planned units that were not kept have been replaced: the new ones are posted.
    let retired = 0;
    const planned = new Set(plan.map((p) => p.unitPath));
    for (const e of existing.filter((x) => planned.has(markedUnit(x.c.body)) && !kept.has(x))) {
        if (e.kind === "review")
            await api.deleteReviewComment(e.c.id);
        else
            await api.deleteIssueComment(e.c.id);
        retired++;
    }
    for (const unit of resolvedUnits) {
        const note = `${marker(unit)}\n✅ **harden-units**: ${codeSpan(unit)} needs no drop-in any more.`;
        for (const e of ofUnit(unit))
            retired += await update(e, note);
    }
    return {
        created,
        updated,
        retired,
        refused: refusals.length > 0 ? [...new Set(refusals)].join("; ") : null,
    };
}

;// CONCATENATED MODULE: ./build/src/github/fix.js
/**
 * The action's fix step on a pull request: `fix: commit` commits the drop-ins on its branch, then
 * suggests what was not committed (a fork, a refused or moved branch, drop-ins under .github/);
 * `fix: suggest` suggests them in a review. Earlier comments of units that need nothing more say so.
 */










/** The unit's proposed drop-in, when it changes something. */
function changedProposal(r) {
    return r.fix && "proposal" in r.fix && r.fix.proposal.changed ? r.fix.proposal : null;
}
/** The drop-ins the scan proposes that change something. */
function proposals(reports) {
    return reports.flatMap((r) => {
        const proposal = changedProposal(r);
        return proposal ? [{ proposal, unit: r.unit }] : [];
    });
}
/** The outcome of a run that posts no fix: the drop-ins are only proposed. */
function proposedOnly(reports) {
    return {
        committed: null,
        paths: proposals(reports).map((p) => p.proposal.dropinPath),
        notes: [],
    };
}
async function fixPullRequest(apis, mode, pull, scanned) {
    const notes = [];
    const wanted = proposals(scanned.reports);
    // Scored units that need no (more) drop-in: their earlier comments say so.
    const resolved = new Set(scanned.reports.filter((r) => r.score && !changedProposal(r)).map((r) => r.path));
    let toSuggest = wanted;
    let committed = null;
    if (mode === "commit") {
        if (pull.fork) {
            notes.push(`The branch of this pull request lives in the fork ${pull.headRepo}, where harden-units does not commit: it suggests the drop-ins instead.`);
        }
        else {
            const outcome = await commitDropins(apis.commitApi, pull.headRef, pull.headSha, wanted);
            if (outcome.kind === "refused") {
                notes.push(`No commit: ${outcome.reason}. harden-units suggests the drop-ins instead.`);
            }
            else {
                const done = wanted.filter((w) => outcome.kind === "committed" && outcome.paths.includes(w.proposal.dropinPath));
                if (outcome.kind === "committed") {
                    committed = outcome.sha;
                    if (!apis.commitsStartRuns)
                        notes.push(...(await checkNewCommit(apis, scanned, outcome.sha, done)));
                }
                // The default token's commit starts no run, so this one marks the units it hardened as done.
                for (const w of done)
                    resolved.add(w.proposal.unitPath);
                toSuggest = wanted.filter((w) => !writablePath(w.proposal.dropinPath));
                if (toSuggest.length > 0)
                    notes.push(`harden-units never writes under .github/: it suggests ${toSuggest.map((w) => w.proposal.dropinPath).join(", ")} instead.`);
            }
        }
    }
    if (toSuggest.length > 0 || resolved.size > 0)
        notes.push(...(await suggest(apis.api, pull, scanned, toSuggest, resolved)));
    return { committed, paths: wanted.map((w) => w.proposal.dropinPath), notes };
}
/** Review suggestions on the diff; what could not be posted, as notes. */
async function suggest(api, pull, scanned, toSuggest, resolved) {
    const diff = new DiffIndex(scanned.pullFiles.files.map((f) => ({
        filename: f.filename,
        ...(f.patch !== undefined && { patch: f.patch }),
    })));
    try {
        const outcome = await postReview(api, pull.number, pull.headSha, planComments(scanned.tree, toSuggest, diff), resolved);
        if (!outcome.refused)
            return [];
        return [
            `GitHub refused the review comments' places (${outcome.refused}), probably because the pull request changed while harden-units ran: the drop-ins are in the conversation instead, and the run for the new head puts them in the diff.`,
        ];
    }
    catch (e) {
        const refused = missingPermission(e, "comment on this pull request", "pull-requests", FORK_TOKEN);
        return [
            refused
                ? `${sentence(refused)}, so the drop-ins are only in the summary below.`
                : `The suggestions could not be posted (${describeError(e)}); the drop-ins are in the summary below.`,
        ];
    }
}
/** Re-scores the head with the committed drop-ins and posts the result as a check run on the new commit. */
async function checkNewCommit(apis, scanned, sha, committed) {
    // The scanned tree with the drop-ins laid over it (never a copy: the workspace may be large).
    const tree = new OverlayTree(scanned.tree, new Map(committed.map((c) => [c.proposal.dropinPath, c.proposal.content])));
    const reports = scanPaths(tree, scanned.selection.units, scanned.selection.orphans, scanned.options);
    const gate = gateFailures(reports, gateOptions(scanned.config, scanned.base));
    try {
        await postCheckRun(apis.api, apis.checkName, sha, {
            title: `Re-scored after the harden-units commit: ${gate.length === 0 ? "passes" : "fails"}`,
            summary: summaryMarkdown(reports, { base: scanned.base, gate }),
            annotations: annotationsOf(reports, actionAnnotateOptions(scanned, gate, true)).slice(0, 50),
            failed: gate.length > 0,
        });
        return [];
    }
    catch (e) {
        return [
            `The result could not be posted on the new commit (${describeError(e)}); the next push re-runs the check.`,
        ];
    }
}

;// CONCATENATED MODULE: ./build/src/github/select.js
/**
 * Which units a run scores: on pull requests with scope `changed`, the units the pull request
 * changes plus the units whose drop-ins it changes; otherwise every unit in the tree. Only units
 * matching the `files` globs count; drop-ins come with their units.
 */



/** A tree of paths only (for choosing what to read): every listed file reads as empty. */
function pathsTree(paths) {
    return new MemoryTree([...paths].map((p) => [p, ""]));
}
function selectAll(tree, globs) {
    const sel = selectUnits(tree, [""]);
    return {
        units: sel.units.filter((u) => matchesAny(u, globs)),
        orphans: sel.orphans.filter((d) => orphanMatches(d, globs)),
        removed: [],
        renamedFrom: new Map(),
    };
}
/**
 * Whether a drop-in whose unit is not in the tree is within `files`: when the path its unit
 * would have matches (`dir/web.service` for `dir/web.service.d/x.conf`; for a type-wide
 * `dir/service.d/x.conf`, a service in `dir`).
 */
function orphanMatches(dropin, globs) {
    const folder = basename(dirname(dropin));
    const stem = folder.slice(0, -2);
    const unitName = stem.includes(".") ? stem : `unit.${stem}`;
    return matchesAny(joinPath(dirname(dirname(dropin)), unitName), globs);
}
function selectChanged(tree, files, globs) {
    const units = new Set();
    const orphans = new Set();
    const removed = [];
    const renamedFrom = new Map();
    for (const f of files) {
        const p = f.filename;
        if (f.status === "removed") {
            if (isUnitPath(p) && matchesAny(p, globs))
                removed.push(p);
            continue;
        }
        if (isDropinPath(p)) {
            const base = dirname(dirname(p));
            const siblings = (tree.list(base) ?? [])
                .map((n) => joinPath(base, n))
                .filter((x) => tree.list(x) === undefined && isUnitPath(x));
            const all = unitsAffectedByDropin(tree, p, siblings);
            if (all.length === 0) {
                if (orphanMatches(p, globs))
                    orphans.add(p);
            }
            else
                all.filter((u) => matchesAny(u, globs)).forEach((u) => units.add(u));
            continue;
        }
        if (isUnitPath(p) && matchesAny(p, globs)) {
            units.add(p);
            if (f.status === "renamed" && f.previousFilename)
                renamedFrom.set(p, f.previousFilename);
        }
    }
    return {
        units: [...units].sort(),
        orphans: [...orphans].sort(),
        removed: removed.sort(),
        renamedFrom,
    };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./build/src/node/disk-tree.js
/**
 * The disk as a UnitTree, rooted at a folder: paths are relative to the root with '/', under an
 * optional label (`prefix`) so that reports show the path the user typed (`examples/x.service`
 * for a tree rooted at ./examples). Symbolic links are followed only when their target stays
 * inside the root; anything else (outside the root, special files, unreadable) is as if it were
 * not there, and the reason is kept in `skipped`.
 */


/** Files above this size are not read whole (the engine reports them as too large). */
const MAX_FILE_BYTES = 1024 * 1024;
class DiskTree {
    root;
    prefix;
    realRoot;
    /** Folder listings by path below the root: names with their kind, and the names sorted. */
    listings = new Map();
    contents = new Map();
    /** Paths below the root that were not read, with the reason (a link out of the root, unreadable). */
    skippedFiles = new Map();
    realPaths = new Map();
    constructor(root, prefix = "") {
        this.root = root;
        this.prefix = prefix;
        this.realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    }
    /** The path below the root for a tree path, or undefined when it is not under the prefix. */
    strip(p) {
        if (this.prefix === "")
            return p;
        if (p === this.prefix)
            return "";
        return p.startsWith(this.prefix + "/") ? p.slice(this.prefix.length + 1) : undefined;
    }
    /**
     * What the parent folder's listing says of `rel`: its kind, null when the listing does not
     * have it (it does not exist), undefined when the parent was not listed (ask the disk).
     */
    kindOf(rel) {
        if (rel === "")
            return "dir";
        const slash = rel.lastIndexOf("/");
        const parentRel = slash < 0 ? "" : rel.slice(0, slash);
        if (!this.listings.has(parentRel))
            return undefined;
        return this.listings.get(parentRel)?.kinds.get(rel.slice(slash + 1)) ?? null;
    }
    /**
     * The real path if `rel` resolves inside the root, else undefined (and the reason is kept).
     * Resolved one component at a time, cached, so that only symbolic links cost a realpath().
     */
    inside(rel) {
        if (rel === "")
            return this.realRoot;
        if (this.realPaths.has(rel))
            return this.realPaths.get(rel);
        let kind = this.kindOf(rel);
        const slash = rel.lastIndexOf("/");
        const parent = kind === null ? undefined : this.inside(slash < 0 ? "" : rel.slice(0, slash));
        let real;
        if (parent !== undefined) {
            const candidate = external_node_path_namespaceObject.join(parent, rel.slice(slash + 1));
            try {
                kind ??= (0,external_node_fs_namespaceObject.lstatSync)(candidate).isSymbolicLink() ? "link" : "file";
                if (kind !== "link")
                    real = candidate;
                else {
                    const target = (0,external_node_fs_namespaceObject.realpathSync)(candidate);
                    if (target === this.realRoot || target.startsWith(this.realRoot + external_node_path_namespaceObject.sep))
                        real = target;
                    else
                        this.skippedFiles.set(rel, "a symbolic link that leads outside the scanned folder");
                }
            }
            catch {
                real = undefined;
            }
        }
        this.realPaths.set(rel, real);
        return real;
    }
    skipped(treePath) {
        const rel = this.strip(treePath);
        return rel === undefined ? undefined : this.skippedFiles.get(rel);
    }
    list(treeDir) {
        const dir = this.strip(treeDir);
        if (dir === undefined) {
            // The folders that lead to the prefix list just the next step towards it.
            const up = treeDir === ""
                ? this.prefix
                : this.prefix.startsWith(treeDir + "/")
                    ? this.prefix.slice(treeDir.length + 1)
                    : undefined;
            return up === undefined ? undefined : [up.split("/")[0]];
        }
        if (this.listings.has(dir))
            return this.listings.get(dir)?.names;
        // Only folders (and links, which may lead to one) are listed: files cost no system call,
        // and nothing is kept for them (every file of the tree is asked whether it is a folder).
        const kind = this.kindOf(dir);
        if (kind === "file" || kind === "other" || kind === null)
            return undefined;
        let listing;
        const real = this.inside(dir);
        if (real !== undefined) {
            try {
                const kinds = new Map();
                for (const e of (0,external_node_fs_namespaceObject.readdirSync)(real, { withFileTypes: true })) {
                    kinds.set(e.name, e.isDirectory() ? "dir" : e.isFile() ? "file" : e.isSymbolicLink() ? "link" : "other");
                }
                listing = { kinds, names: [...kinds.keys()].sort() };
            }
            catch {
                listing = undefined;
            }
        }
        this.listings.set(dir, listing);
        return listing?.names;
    }
    read(treePath) {
        const rel = this.strip(treePath);
        if (rel === undefined)
            return undefined;
        if (this.contents.has(rel))
            return this.contents.get(rel);
        let bytes;
        const kind = this.kindOf(rel);
        const real = kind === "dir" || kind === "other" || kind === null ? undefined : this.inside(rel);
        if (real !== undefined) {
            try {
                bytes = readRegular(real, MAX_FILE_BYTES + 1);
            }
            catch (e) {
                this.skippedFiles.set(rel, `unreadable: ${e.code ?? "error"}`);
                bytes = undefined;
            }
        }
        this.contents.set(rel, bytes);
        return bytes;
    }
}
/**
 * A regular file's bytes, at most `limit` of them (enough to tell that a file is too large
 * without reading it all); undefined for anything else (a folder, a device, a FIFO: opened
 * without blocking, never read).
 */
function readRegular(file, limit) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!st.isFile())
            return undefined;
        const buf = new Uint8Array(Math.min(st.size, limit));
        let got = 0;
        while (got < buf.length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, got, buf.length - got, got);
            if (n === 0)
                break;
            got += n;
        }
        return buf.subarray(0, got);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./build/src/github/event.js
/**
 * What the run is about, from the runner's environment and the event payload: a pull request
 * (its base and head), a push, a merge queue group, a schedule or manual run, or a comment
 * command on a pull request.
 */


class EventError extends Error {
}
const str = (v) => (typeof v === "string" ? v : "");
const num = (v) => (typeof v === "number" ? v : undefined);
function pullInfo(pr, repository) {
    const headRepo = str(pr.head?.repo?.full_name) || repository;
    return {
        number: Number(pr.number),
        baseSha: str(pr.base?.sha),
        baseRef: str(pr.base?.ref),
        headSha: str(pr.head?.sha),
        headRef: str(pr.head?.ref),
        headRepo,
        fork: headRepo !== repository,
        changedFiles: num(pr.changed_files),
    };
}
const NULL_SHA = /^0+$/;
/** The event file's payload, read as the event's; {} without one. */
function readPayload(file) {
    if (!file)
        return {};
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, "utf8"));
    }
    catch {
        throw new EventError(`cannot read the event payload at ${file}`);
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed))
        throw new EventError(`the event payload at ${file} is not a JSON object`);
    return parsed;
}
function readRunContext(env) {
    const repository = env.GITHUB_REPOSITORY ?? "";
    const [owner = "", repo = ""] = repository.split("/");
    if (!owner || !repo)
        throw new EventError("GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow");
    const eventName = env.GITHUB_EVENT_NAME ?? "workflow_dispatch";
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const serverUrl = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
    const base = {
        eventName,
        owner,
        repo,
        apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
        serverUrl,
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        ref: ("ref" in payload && str(payload.ref)) || (env.GITHUB_REF ?? ""),
    };
    const sha = env.GITHUB_SHA ?? "";
    const none = { pull: null, beforeSha: null, command: null };
    if (eventName === "pull_request" || eventName === "pull_request_target") {
        const { pull_request } = payload;
        if (pull_request && typeof pull_request === "object") {
            const pull = pullInfo(pull_request, repository);
            if (!Number.isInteger(pull.number) || !pull.headSha || !pull.baseSha)
                throw new EventError(`the ${eventName} payload at ${env.GITHUB_EVENT_PATH} has no pull request number, head or base commit`);
            return { ...base, ...none, sha: pull.headSha, pull };
        }
    }
    if (eventName === "issue_comment") {
        const { issue, comment } = payload;
        const body = str(comment?.body).trim();
        const command = issue?.pull_request && /^\/harden-units\s+fix\b/.test(body)
            ? { user: str(comment?.user?.login), pull: Number(issue.number) }
            : null;
        return { ...base, ...none, sha, command };
    }
    if (eventName === "merge_group") {
        const group = payload.merge_group;
        return {
            ...base,
            ...none,
            sha: str(group?.head_sha) || sha,
            beforeSha: str(group?.base_sha) || null,
        };
    }
    if (eventName === "push") {
        const push = payload;
        const before = str(push.before);
        return {
            ...base,
            ...none,
            sha: str(push.after) || sha,
            beforeSha: before && !NULL_SHA.test(before) ? before : null,
        };
    }
    return { ...base, ...none, sha };
}
/** One line saying what this run looks at. */
function describeRun(ctx) {
    if (ctx.command)
        return `/harden-units command by ${ctx.command.user} on pull request #${ctx.command.pull}`;
    if (ctx.pull)
        return `pull request #${ctx.pull.number}, ${shortSha(ctx.pull.headSha)} against ${ctx.pull.baseRef || shortSha(ctx.pull.baseSha)}`;
    return `${ctx.eventName} at ${shortSha(ctx.sha)}${ctx.beforeSha ? ` (before: ${shortSha(ctx.beforeSha)})` : ""}`;
}
/** A file of commit `sha` on GitHub, at a line: the links of the job summary. */
function fileLink(ctx, sha) {
    return (path, line) => `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${sha}/${path.split("/").map(encodeURIComponent).join("/")}${line ? `#L${line}` : ""}`;
}

;// CONCATENATED MODULE: ./build/src/github/sources.js
/**
 * Where the unit files come from: the checked-out workspace when it holds the commit under
 * review, else the Git Data API (trees and blobs), read into memory. Nothing from the repository
 * is executed: the workspace's commit is read from .git's files, not by running git.
 */












/** The commit checked out in a workspace, read from .git without running git (null if unknown). */
function workspaceHead(workspace) {
    try {
        const gitDir = external_node_path_namespaceObject.join(workspace, ".git");
        if (!(0,external_node_fs_namespaceObject.existsSync)(external_node_path_namespaceObject.join(gitDir, "HEAD")))
            return null;
        const head = (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_namespaceObject.join(gitDir, "HEAD"), "utf8").trim();
        if (/^[0-9a-f]{40}$/.test(head))
            return head;
        const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
        if (!ref || ref.split("/").includes(".."))
            return null;
        const loose = external_node_path_namespaceObject.join(gitDir, ...ref.split("/"));
        if ((0,external_node_fs_namespaceObject.existsSync)(loose))
            return (0,external_node_fs_namespaceObject.readFileSync)(loose, "utf8").trim();
        const packed = external_node_path_namespaceObject.join(gitDir, "packed-refs");
        if (!(0,external_node_fs_namespaceObject.existsSync)(packed))
            return null;
        for (const line of (0,external_node_fs_namespaceObject.readFileSync)(packed, "utf8").split("\n")) {
            const [sha, name] = line.split(" ");
            if (name === ref && sha && /^[0-9a-f]{40}$/.test(sha))
                return sha;
        }
        return null;
    }
    catch {
        return null;
    }
}
/** A commit's file listing from the API, with blobs fetched on demand into memory. */
class ApiTree {
    sha;
    entries;
    api;
    constructor(sha, entries, api) {
        this.sha = sha;
        this.entries = entries;
        this.api = api;
    }
    static loaded = new WeakMap();
    blobs = new Map();
    /** A commit's listing; each commit's is fetched once per run (one recursive tree request). */
    static load(api, sha) {
        let trees = ApiTree.loaded.get(api);
        if (!trees)
            ApiTree.loaded.set(api, (trees = new Map()));
        let tree = trees.get(sha);
        if (!tree) {
            tree = api
                .getTree(sha)
                .then((list) => new ApiTree(sha, new Map(list.filter((e) => e.type === "blob").map((e) => [e.path, e])), api));
            tree.catch(() => trees.delete(sha));
            trees.set(sha, tree);
        }
        return tree;
    }
    /** A file's bytes, each blob fetched once. */
    blob(sha) {
        let b = this.blobs.get(sha);
        if (!b)
            this.blobs.set(sha, (b = this.api.getBlob(sha)));
        return b;
    }
    paths() {
        return [...this.entries.keys()].sort();
    }
    /**
     * A tree in memory with the files the engine may read for these units: each unit file and the
     * unit files and drop-ins in its folder (drop-in folders, sockets, templates).
     */
    async materialize(units, extra = []) {
        const dirs = new Set(units.map(dirname));
        const wanted = new Set(extra.filter((p) => this.entries.has(p)));
        for (const p of this.entries.keys()) {
            const d = dirname(p);
            if ((dirs.has(d) && isUnitPath(p)) || (isDropinPath(p) && dirs.has(dirname(d))))
                wanted.add(p);
        }
        const tree = new MemoryTree();
        const list = [...wanted].sort();
        await mapLimit(list, 8, async (p) => {
            const e = this.entries.get(p);
            // Symbolic links are not followed (mode 120000); submodules have no blob.
            if (e.mode === "120000")
                return;
            // A file too large to be a unit is not downloaded: a stand-in of the same verdict.
            if (e.size !== undefined && e.size > MAX_UNIT_FILE_BYTES)
                tree.set(p, new Uint8Array(MAX_UNIT_FILE_BYTES + 1).fill(0x20));
            else
                tree.set(p, await this.blob(e.sha));
        });
        return tree;
    }
}
/** Runs jobs with at most `limit` at once. */
async function mapLimit(items, limit, job) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await job(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
/** Files that differ between two trees (by blob), for pull requests past GitHub's 3000-file listing. */
function diffTrees(base, head) {
    const changed = [];
    const removed = [];
    for (const [p, e] of head.entries)
        if (base.entries.get(p)?.sha !== e.sha)
            changed.push(p);
    for (const p of base.entries.keys())
        if (!head.entries.has(p))
            removed.push(p);
    return { changed: changed.sort(), removed: removed.sort() };
}

/** The unit files and drop-ins in a folder and its drop-in folders (what the engine may read for a unit there). */
function unitFilesIn(tree, dir) {
    const out = [];
    for (const name of tree.list(dir) ?? []) {
        const p = joinPath(dir, name);
        const sub = tree.list(p);
        if (sub === undefined) {
            if (isUnitPath(p))
                out.push(p);
        }
        else if (name.endsWith(".d")) {
            for (const f of sub.map((n) => joinPath(p, n)))
                if (isDropinPath(f) && tree.list(f) === undefined)
                    out.push(f);
        }
    }
    return out;
}
// The BOM is kept: it is part of the first line as the patch shows it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
/**
 * The pull request's base (the left side of its diff) in the folders of `basePaths`, with no API
 * call: a file the diff does not list is as in the head; a listed one is rebuilt from the head and
 * its patch. `unknown` holds the base paths that could not be rebuilt (no patch: binary, too large,
 * or past the 3000 files GitHub lists), to be read another way.
 */
function baseFromDiff(head, files, basePaths) {
    const dirs = new Set(basePaths.map(dirname));
    const inDirs = (p) => (dirs.has(dirname(p)) && isUnitPath(p)) || (isDropinPath(p) && dirs.has(dirname(dirname(p))));
    const byHead = new Map(files.filter((f) => f.status !== "removed").map((f) => [f.filename, f]));
    const tree = new MemoryTree();
    const unknown = [];
    const text = (p) => {
        const c = head.read(p);
        if (c === undefined)
            return null;
        try {
            return typeof c === "string" ? c : utf8.decode(c);
        }
        catch {
            return null;
        }
    };
    const rebuild = (basePath, headPath, f) => {
        if (f.patch === undefined && f.changes === 0 && headPath !== null) {
            const c = head.read(headPath);
            if (c !== undefined)
                return tree.set(basePath, c);
        }
        const after = headPath === null ? "" : text(headPath);
        const before = f.patch !== undefined && after !== null ? unapplyPatch(after, f.patch) : null;
        if (before === null)
            unknown.push(basePath);
        else
            tree.set(basePath, before);
    };
    // unchanged files, and changed ones that keep their path
    for (const dir of dirs) {
        for (const p of unitFilesIn(head, dir)) {
            const f = byHead.get(p);
            if (!f) {
                const c = head.read(p);
                if (c !== undefined)
                    tree.set(p, c);
            }
            else if (f.status !== "added" && f.status !== "renamed" && f.status !== "copied") {
                rebuild(p, p, f);
            }
        }
    }
    // files the pull request removed or renamed away from these folders
    for (const f of files) {
        if (f.status === "removed" && inDirs(f.filename))
            rebuild(f.filename, null, f);
        if (f.status === "renamed" && f.previousFilename && inDirs(f.previousFilename))
            rebuild(f.previousFilename, f.filename, f);
    }
    return { tree, unknown: unknown.sort() };
}
/** The workspace when it holds the commit, else the commit read through the API. */
async function headSource(workspace, api, sha) {
    if (workspaceHead(workspace) === sha) {
        const tree = new DiskTree(workspace);
        return { sha, listing: tree, materialize: async () => tree, fromWorkspace: true };
    }
    const apiTree = await ApiTree.load(api, sha).catch((e) => {
        const gone = httpStatus(e) === 404 || httpStatus(e) === 422;
        throw new EventError(`cannot read the commit ${shortSha(sha)} under review through the API (${describeError(e)})${gone ? ": was its branch deleted or force-pushed, or may the token not read contents?" : ""}`);
    });
    return {
        sha,
        listing: pathsTree(apiTree.paths()),
        materialize: (u, extra) => apiTree.materialize(u, extra),
        fromWorkspace: false,
    };
}
async function pullRequestFiles(api, pull) {
    const listed = await api.listPullFiles(pull.number);
    if (listed.complete && !(pull.changedFiles !== undefined && pull.changedFiles > 3000))
        return { files: listed.files, mergeBase: undefined, notes: [] };
    const mergeBase = api.mergeBase ? await api.mergeBase(pull.baseSha, pull.headSha) : pull.baseSha;
    const [baseTree, headTree] = await Promise.all([
        ApiTree.load(api, mergeBase),
        ApiTree.load(api, pull.headSha),
    ]);
    const d = diffTrees(baseTree, headTree);
    const listedPaths = new Set(listed.files.flatMap((f) => f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]));
    const files = [
        ...listed.files,
        ...d.changed
            .filter((f) => !listedPaths.has(f))
            .map((f) => ({ filename: f, status: baseTree.entries.has(f) ? "modified" : "added" })),
        ...d.removed
            .filter((f) => !listedPaths.has(f))
            .map((f) => ({ filename: f, status: "removed" })),
    ];
    const note = "The pull request changes more than the 3000 files GitHub lists, so harden-units compared the trees of its merge base and head to find the rest.";
    return { files, mergeBase, notes: [note] };
}
/**
 * Each scored unit on the pull request's base (absent for units new in the pull request): its
 * exposure and, per check, its badness, cost and the assignment that decided it, so that a
 * regression can be attributed check by check. The base is the left side of the diff, rebuilt from the head and the patches: only
 * files without a usable patch (binary, too large, past GitHub's listing) are read through the API.
 */
async function baseUnits(api, pull, scan) {
    const out = new Map();
    const scored = scan.reports.filter((r) => r.score);
    if (scored.length === 0)
        return out;
    const paths = new Map(scored.map((r) => [r.path, scan.renamedFrom.get(r.path) ?? r.path]));
    const basePaths = [...new Set(paths.values())];
    const { tree, unknown } = baseFromDiff(await scan.head.materialize(basePaths), scan.pullFiles.files, basePaths);
    if (unknown.length > 0) {
        const from = scan.pullFiles.mergeBase ??
            (api.mergeBase ? await api.mergeBase(pull.baseSha, pull.headSha) : pull.baseSha);
        const fetched = await (await ApiTree.load(api, from)).materialize([], unknown);
        for (const p of unknown) {
            const c = fetched.read(p);
            if (c !== undefined)
                tree.set(p, c);
        }
    }
    const { fix: _fix, ...options } = scan.options;
    for (const [headPath, basePath] of paths) {
        if (tree.read(basePath) === undefined)
            continue;
        const unit = baseUnitOf(scanUnit(tree, basePath, options));
        if (unit)
            out.set(headPath, unit);
    }
    return out;
}

;// CONCATENATED MODULE: ./build/src/github/scan.js




const NO_FILES = { files: [], mergeBase: undefined, notes: [] };
async function scanHead(ctx, api, given, pull) {
    const head = await headSource(ctx.workspace, api, pull ? pull.headSha : ctx.sha);
    // Under pull_request_target the pull request's own policy is not trusted: the base's is read.
    const baseOfTarget = ctx.eventName === "pull_request_target" && pull ? await ApiTree.load(api, pull.baseSha) : null;
    const readTrusted = async (file) => {
        const tree = baseOfTarget
            ? await baseOfTarget.materialize([], [file])
            : head.fromWorkspace
                ? head.listing
                : await head.materialize([], [file]);
        return tree.read(file);
    };
    const config = resolveConfig(given, await loadPolicy(given, readTrusted));
    // A pull request's files are listed whatever the scope: their patches give the base versions and the review's lines.
    const pullFiles = pull ? await pullRequestFiles(api, pull) : NO_FILES;
    const scope = config.scope ?? (pull ? "changed" : "all");
    const selection = scope === "changed" && pull
        ? selectChanged(head.listing, pullFiles.files, config.files)
        : selectAll(head.listing, config.files);
    const tree = await head.materialize(selection.units, selection.orphans);
    const options = scanOptions(config);
    const reports = scanPaths(tree, selection.units, selection.orphans, options);
    const base = pull
        ? await baseUnits(api, pull, {
            head,
            pullFiles,
            reports,
            renamedFrom: selection.renamedFrom,
            options,
        })
        : new Map();
    const notes = [
        ...pullFiles.notes,
        ...selection.removed.map((removed) => `${removed} is removed by this pull request.`),
    ];
    return { config, options, reports, selection, head, tree, pullFiles, base, notes };
}

;// CONCATENATED MODULE: ./build/src/github/command.js




async function runCommand(ctx, cmd, apis, given) {
    const { api } = apis;
    const permission = await api.collaboratorPermission(cmd.user).catch(() => "none");
    if (!["admin", "maintain", "write"].includes(permission)) {
        await api
            .createIssueComment(cmd.pull, `@${cmd.user} thanks for asking! Only people who can write to this repository can ask harden-units to commit fixes; the suggested drop-ins are in the review comments and the check's summary.`)
            .catch(() => undefined);
        return {
            done: false,
            log: `harden-units: ${cmd.user} may not write to the repository (${permission}); refused politely`,
        };
    }
    const info = await api.getPull(cmd.pull);
    if (info.state !== "open") {
        await api
            .createIssueComment(cmd.pull, `@${cmd.user} this pull request is ${info.state}: harden-units commits fixes only to open pull requests.`)
            .catch(() => undefined);
        return {
            done: false,
            log: `harden-units: pull request #${cmd.pull} is ${info.state}; nothing to do`,
        };
    }
    const pull = {
        number: cmd.pull,
        baseSha: info.baseSha,
        baseRef: info.baseRef,
        headSha: info.headSha,
        headRef: info.headRef,
        headRepo: info.headRepo,
        fork: info.headRepo !== `${ctx.owner}/${ctx.repo}`,
        changedFiles: info.changedFiles,
    };
    // The workspace holds the default branch, not the pull request: everything is read through the API.
    const scanned = await scanHead({ ...ctx, workspace: "/nonexistent" }, api, given, pull);
    const fix = await fixPullRequest(apis, "commit", pull, scanned);
    const message = fix.committed
        ? `@${cmd.user} harden-units committed ${fix.paths.map(codeSpan).join(", ")} in ${shortSha(fix.committed)}.`
        : fix.paths.length === 0
            ? `@${cmd.user} harden-units found nothing to commit: the drop-ins of this pull request's units are up to date.`
            : `@${cmd.user} harden-units did not commit. ${[...scanned.pullFiles.notes, ...fix.notes].join(" ")}`;
    await api.createIssueComment(cmd.pull, message).catch(() => undefined);
    return { done: true, fix };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./build/src/github/hardening-pr.js
/**
 * fix: pull-request. On a schedule, a manual run or a push to the default branch, one pull request
 * with the drop-ins of the repository's weak units, on a branch of its own, kept current and never
 * duplicated: nothing is written while the proposal is unchanged; a changed proposal is committed
 * on the current default branch (a commit whose parents are the default branch's head and the
 * branch's previous harden-units commit, so the branch only ever fast-forwards: no force push);
 * nothing left to propose closes the pull request with a comment. A branch with anyone else's
 * commit on top is left alone, and a pull request closed without merging is not opened again until
 * the proposal changes.
 */







/** The events `fix: pull-request` acts on (a push only to the default branch). */
const EVENTS = new Set(["schedule", "workflow_dispatch", "push"]);
function hardeningPullRequestApplies(ctx, fix) {
    return fix === "pull-request" && EVENTS.has(ctx.eventName);
}
/** The proposal's fingerprint: the drop-ins (paths and contents) and the exposures the body shows. */
function proposalFingerprint(units) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)("sha256");
    for (const u of [...units].sort((a, b) => a.proposal.dropinPath.localeCompare(b.proposal.dropinPath))) {
        hash.update(`${u.proposal.dropinPath}\0${u.proposal.content}\0${u.byVersion.map((v) => `${v.version}:${v.before}:${v.after}`).join(",")}\0`);
    }
    return hash.digest("hex").slice(0, 20);
}
/** Each hardened unit's exposure before and after, for each listed systemd version. */
function byVersion(scanned, plan) {
    const { config } = scanned;
    if (config.systemdVersions.length === 1) {
        return plan.hardened.map((h) => ({
            ...h,
            byVersion: [
                {
                    version: config.systemdVersion,
                    before: h.proposal.exposureBefore,
                    after: h.proposal.exposureAfter,
                },
            ],
        }));
    }
    // One scan scores every listed release (UnitReport.scores): the head as scanned, and again with the drop-ins laid over it.
    const after = new OverlayTree(scanned.tree, new Map(plan.hardened.map((h) => [h.proposal.dropinPath, h.proposal.content])));
    const perRelease = (reports) => new Map(reports.map((r) => [
        r.path,
        new Map((r.scores ?? []).map((s) => [s.release, s.score?.exposure])),
    ]));
    const before = perRelease(scanned.reports);
    const afterScores = perRelease(scanPaths(after, plan.hardened.map((h) => h.proposal.unitPath), [], scanOptions(config, false)));
    return plan.hardened.map((h) => ({
        ...h,
        byVersion: config.systemdVersions.map((version) => ({
            version,
            before: before.get(h.proposal.unitPath)?.get(version) ?? h.proposal.exposureBefore,
            after: afterScores.get(h.proposal.unitPath)?.get(version) ?? h.proposal.exposureAfter,
        })),
    }));
}
/** Why a write was refused, in the words of the permission it needs. */
function refusal(e, permission) {
    const refused = permission === "contents"
        ? missingPermission(e, "write to the repository", "contents")
        : missingPermission(e, "open pull requests", "pull-requests", ", and the repository's Settings > Actions > General must allow GitHub Actions to create pull requests");
    return refused ?? describeError(e);
}
async function hardeningPullRequest(apis, ctx, scanned) {
    const { config } = scanned;
    const plan = planHardening(scanned.reports, config);
    const units = byVersion(scanned, plan);
    const paths = units.map((u) => u.proposal.dropinPath);
    const outcome = (notes, committed = null, pull = null) => ({ committed, paths, notes, pull });
    const branch = config.hardeningBranch;
    const api = apis.commitApi;
    let base;
    let baseSha;
    try {
        base = await apis.api.defaultBranch();
        baseSha = await apis.api.getBranchSha(base);
    }
    catch (e) {
        return outcome([
            `No hardening pull request: the default branch could not be read (${describeError(e)}).`,
        ]);
    }
    if (ctx.eventName === "push" && ctx.ref !== `refs/heads/${base}`) {
        return outcome([
            `fix: pull-request acts on pushes to the default branch ${base} only; this push is to ${ctx.ref || "another ref"}.`,
        ]);
    }
    if (baseSha !== scanned.head.sha) {
        return outcome([
            `No hardening pull request: this run scanned ${shortSha(scanned.head.sha)}, but the default branch ${base} is at ${shortSha(baseSha)} (a run on another branch, or ${base} moved since); the next run on ${base} proposes.`,
        ]);
    }
    let pulls;
    let branchHead;
    let branchFingerprint = null;
    try {
        // Newest first: the open one, else the last one closed.
        pulls = (await apis.api.listPullsByHead(branch, "all"))
            .filter((p) => p.body.includes(PULL_MARKER))
            .sort((a, b) => b.number - a.number);
        branchHead = await apis.api.getBranchSha(branch).catch((e) => {
            if (httpStatus(e) === 404)
                return null;
            throw e;
        });
        if (branchHead !== null)
            branchFingerprint = fingerprintIn(await apis.api.commitMessage(branchHead));
    }
    catch (e) {
        return outcome([
            `No hardening pull request: its branch ${branch} or pull requests could not be read (${describeError(e)}).`,
        ]);
    }
    const open = pulls.find((p) => p.state === "open") ?? null;
    const lastClosed = pulls.find((p) => p.state === "closed") ?? null;
    const fingerprint = proposalFingerprint(units);
    // Someone else's commit on top (or a branch harden-units never made): never overwritten.
    if (branchHead !== null && branchFingerprint === null) {
        return outcome([
            `The branch ${branch} has a commit that is not harden-units' (${shortSha(branchHead)})${open ? `, in pull request #${open.number}` : ""}: harden-units never overwrites it and leaves the branch alone. Merge or close ${open ? "the pull request" : "it"} and delete the branch, or set another hardening-branch, for a new proposal.`,
        ]);
    }
    if (units.length === 0) {
        if (!open)
            return outcome(["No unit needs a hardening drop-in: no hardening pull request."]);
        const why = `Nothing is left to propose: every unit of ${base} at ${shortSha(baseSha)} that scores at or above annotate-exposure is hardened or left out${plan.leftOut.length > 0 ? ` (${plan.leftOut.map((l) => `${l.path}: ${l.reason}`).join("; ")})` : ""}. harden-units closes this pull request.`;
        try {
            await api.createIssueComment(open.number, why);
            await api.updatePull(open.number, { state: "closed" });
            return outcome([
                `The hardening pull request #${open.number} is closed: nothing is left to propose.`,
            ]);
        }
        catch (e) {
            return outcome([
                `The hardening pull request #${open.number} proposes what is no longer needed, but it could not be closed: ${refusal(e, "pull-requests")}.`,
            ]);
        }
    }
    if (open && branchFingerprint === fingerprint && open.body.includes(fingerprint)) {
        return outcome([
            `The hardening pull request #${open.number} is up to date (${units.length} unit${units.length === 1 ? "" : "s"}): nothing written.`,
        ], null, open.number);
    }
    if (!open && lastClosed && !lastClosed.merged && fingerprintIn(lastClosed.body) === fingerprint) {
        return outcome([
            `The hardening pull request #${lastClosed.number} was closed without merging: harden-units does not open it again until its proposal changes.`,
        ]);
    }
    const files = new Map(units.map((u) => [u.proposal.dropinPath, u.proposal.content]));
    const body = pullBody(units, plan.leftOut, {
        fingerprint,
        base,
        policyPath: config.policy?.source || ".github/harden-units.ini",
    });
    let sha;
    try {
        // Our earlier commit stays a parent, so the branch fast-forwards; the tree is the default branch's plus the drop-ins.
        const parents = branchHead !== null && branchHead !== baseSha ? [baseSha, branchHead] : [baseSha];
        sha = await api.createCommit(baseSha, parents, files, hardeningCommitMessage(units, fingerprint));
        if (branchHead === null)
            await api.createBranch(branch, sha);
        else
            await api.moveBranch(branch, sha);
    }
    catch (e) {
        const moved = httpStatus(e) === 422;
        return degraded(moved
            ? `the branch ${branch} moved while harden-units ran (someone pushed to it); no force push`
            : refusal(e, "contents"), moved);
    }
    let number;
    try {
        if (open) {
            await api.updatePull(open.number, { title: pullTitle(units.length), body });
            number = open.number;
        }
        else {
            number = await api.createPull(branch, base, pullTitle(units.length), body);
        }
    }
    catch (e) {
        return degraded(refusal(e, "pull-requests"), false, sha);
    }
    const notes = [
        `${open ? "Updated" : "Opened"} the hardening pull request #${number}: ${units.length} drop-in${units.length === 1 ? "" : "s"} on ${branch} (${shortSha(sha)}).`,
    ];
    if (!apis.commitsStartRuns)
        notes.push(...(await checkNewCommit(apis, scanned, sha, units)));
    return outcome(notes, sha, number);
    /** The drop-ins stay in the job summary; a notice names what was missing; the step does not fail. */
    function degraded(why, moved, committed = null) {
        const line = `No hardening pull request: ${why}. The ${units.length} proposed drop-in${units.length === 1 ? " is" : "s are"} in the job summary.`;
        const notice = moved
            ? {}
            : { notice: { title: "harden-units: fix: pull-request", message: line } };
        return { ...outcome([line], committed), ...notice };
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./build/src/core/format/json.js


/** The report's format version: 2 factors the check table out of the units' checks (see CHANGELOG). */
const JSON_REPORT_VERSION = 2;
/** 9.6 for 96: division by ten is correctly rounded, so this is the number "9.6" reads as. */
const tenths = (x) => x / 10;
/** The check table of the report, by id in systemd's internal order. */
function checkTable() {
    const out = {};
    for (const c of CHECKS) {
        const info = { name: c.name, weight: c.weight, range: c.range };
        if (c.good !== undefined)
            info.good = c.good;
        if (c.bad !== undefined)
            info.bad = c.bad;
        if (c.na !== undefined)
            info.na = c.na;
        out[c.id] = info;
    }
    return out;
}
/** The text checkTable gives a check in the row's state (what a report without `description` means). */
function tableText(row) {
    const c = row.check;
    return (row.set === true ? c.good : row.set === false ? c.bad : c.na) ?? null;
}
function jsonCheck(row, unitPath, waived) {
    const out = {
        id: row.check.id,
        name: row.check.name,
        exposure: row.exposure === null ? null : tenths(row.exposure),
        set: row.set,
        badness: row.badness,
    };
    if (row.src) {
        out.line = row.src.file.lineIndex.position(row.src.assignment.span.start).line;
        if (row.src.file.path !== unitPath)
            out.file = row.src.file.path;
    }
    if (row.description !== tableText(row))
        out.description = row.description;
    if (row.weight !== row.check.weight)
        out.weight = row.weight;
    if (row.range !== row.check.range)
        out.range = row.range;
    const reason = waived?.get(row.check.id);
    if (reason !== undefined)
        out.waived = reason;
    return out;
}
function jsonFinding(f) {
    const at = locate(f);
    const out = {
        id: f.id,
        severity: f.severity,
        path: f.path,
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        message: f.message,
    };
    return f.suppressed !== undefined ? { ...out, suppressed: f.suppressed } : out;
}
function jsonUnit(r, extras = {}) {
    return unitFields(r, extras, r.score ? r.score.rows.map((row) => jsonCheck(row, r.path, r.waivedChecks)) : []);
}
function unitFields(r, extras, checks) {
    const out = {
        path: r.path,
        unit: r.unit,
        scored: r.score !== null,
        exposure: r.score ? tenths(r.score.exposure) : null,
        level: r.score?.level ?? null,
        checks,
        findings: r.findings.map(jsonFinding),
    };
    if (r.refusal)
        out.refused = r.refusal;
    if (r.onlineExposure !== undefined)
        out.onlineExposure = tenths(r.onlineExposure);
    if (r.scores)
        out.exposures = Object.fromEntries(r.scores.map((s) => [String(s.release), s.score ? tenths(s.score.exposure) : null]));
    if (r.plainScore && r.score && r.plainScore.exposure !== r.score.exposure)
        out.systemdExposure = tenths(r.plainScore.exposure);
    if (extras.baseExposure !== undefined && extras.baseExposure !== null)
        out.baseExposure = tenths(extras.baseExposure);
    if (r.fix &&
        "proposal" in r.fix &&
        r.fix.proposal.changed &&
        r.fix.proposal.exposureAfter < r.fix.proposal.exposureBefore) {
        const p = r.fix.proposal;
        out.dropin = {
            path: p.dropinPath,
            content: p.content,
            exposureAfter: tenths(p.exposureAfter),
            heldBack: p.heldBack.map((h) => ({ ...h })),
        };
    }
    return out;
}
function jsonReport(units, version, extras = new Map()) {
    return {
        version: JSON_REPORT_VERSION,
        tool: { name: "harden-units", version },
        checkTable: checkTable(),
        units: units.map((u) => jsonUnit(u, extras.get(u.path))),
    };
}
/**
 * The report written a unit at a time (the CLI streams it): its head up to the units' opening
 * bracket, each unit's text (with a comma between two), and its tail.
 */
function jsonReportHead(version) {
    return `{"version":${JSON_REPORT_VERSION},"tool":${JSON.stringify({ name: "harden-units", version })},"checkTable":${JSON.stringify(checkTable())},"units":[`;
}
/**
 * JSON.stringify(jsonUnit(r)), with characters beyond ASCII written as \\u escapes (the same JSON
 * value), built without the check objects: a unit's checks are most of the report, and their
 * fixed parts (id and name) are written once per check into a table of prefixes. A text that stays
 * ASCII is encoded and copied at a fraction of the cost of one with a single `…` in it.
 */
function jsonReportUnit(r) {
    const text = ascii(JSON.stringify(unitFields(r, {}, [])));
    if (!r.score)
        return text;
    const rows = r.score.rows;
    let checks = "";
    for (let i = 0; i < rows.length; i++)
        checks += (i === 0 ? "" : ",") + checkText(rows[i], r.path, r.waivedChecks);
    // The key with its empty list: a quote after a comma cannot be inside a string.
    const at = text.indexOf(CHECKS_KEY) + CHECKS_KEY.length - 1;
    return text.slice(0, at) + checks + text.slice(at);
}
const CHECKS_KEY = ',"checks":[]';
const json_NON_ASCII = /[\u0080-\uffff]/g;
const LATIN1 = new TextDecoder("latin1");
const UTF8 = new TextEncoder();
/**
 * JSON text with every character beyond ASCII as a \\u escape, held one byte a character. V8
 * keeps what replace() makes of a text with a character beyond Latin-1 in two bytes a character,
 * all ASCII as it is; a report with one such piece in it (the check name
 * `RestrictAddressFamilies=~…`) is then two-byte as a whole, and encoding it for output cost more
 * than building it. Decoding the escaped text's bytes makes it one-byte again.
 */
function ascii(json) {
    json_NON_ASCII.lastIndex = 0;
    if (!json_NON_ASCII.test(json))
        return json;
    const escaped = json.replace(json_NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    return LATIN1.decode(UTF8.encode(escaped));
}
const json_str = (s) => ascii(JSON.stringify(s));
/**
 * A check's text up to its badness (`{"id":…,"name":…,"exposure":…,"set":…,"badness":…`) by its
 * state, made once: a check takes few states across units, so most rows cost a lookup.
 */
const CHECK_HEADS = new Map();
/** States remembered per check: exposure and badness are small integers, unless a policy says otherwise. */
const MAX_HEADS = 1024;
function checkHead(row) {
    const { exposure, badness, set } = row;
    if ((exposure !== null && exposure > 1000) || (badness !== null && badness > 1000))
        return headText(row);
    const state = (((exposure ?? -1) + 1) * 1024 + (badness ?? -1) + 1) * 3 + (set === null ? 2 : +set);
    let heads = CHECK_HEADS.get(row.check);
    if (!heads)
        CHECK_HEADS.set(row.check, (heads = new Map()));
    let text = heads.get(state);
    if (text === undefined) {
        text = headText(row);
        if (heads.size < MAX_HEADS)
            heads.set(state, text);
    }
    return text;
}
const headText = ({ check, exposure, set, badness }) => `{"id":${json_str(check.id)},"name":${json_str(check.name)},"exposure":${exposure === null ? "null" : tenths(exposure)},"set":${set},"badness":${badness}`;
/** `,"description":…` by text (systemd's own texts: a bounded set, bar a policy's), made once. */
const DESCRIPTIONS = new Map();
const json_MAX_DESCRIPTIONS = 4096;
function descriptionText(description) {
    if (description === null)
        return ',"description":null';
    let text = DESCRIPTIONS.get(description);
    if (text === undefined) {
        text = `,"description":${json_str(description)}`;
        if (DESCRIPTIONS.size < json_MAX_DESCRIPTIONS)
            DESCRIPTIONS.set(description, text);
    }
    return text;
}
/** The JSON text of jsonCheck(row, ...). */
function checkText(row, unitPath, waived) {
    let out = checkHead(row);
    if (row.src) {
        out += `,"line":${row.src.file.lineIndex.position(row.src.assignment.span.start).line}`;
        if (row.src.file.path !== unitPath)
            out += `,"file":${json_str(row.src.file.path)}`;
    }
    if (row.description !== tableText(row))
        out += descriptionText(row.description);
    if (row.weight !== row.check.weight)
        out += `,"weight":${row.weight}`;
    if (row.range !== row.check.range)
        out += `,"range":${row.range}`;
    const reason = waived?.get(row.check.id);
    if (reason !== undefined)
        out += `,"waived":${json_str(reason)}`;
    return `${out}}`;
}
const JSON_REPORT_TAIL = "]}\n";

;// CONCATENATED MODULE: ./build/src/core/format/sarif.js


const ANNOTATION_LEVEL = {
    failure: "error",
    warning: "warning",
    notice: "note",
};
const sarif_LEVEL = {
    error: "error",
    warning: "warning",
    notice: "note",
};
const EXPOSURE_RULE = {
    id: "exposure-above-limit",
    severity: "error",
    summary: "A service whose exposure (as systemd-analyze security scores it) is above the configured limit.",
    details: "Lower it with the drop-in harden-units proposes (`harden-units fix`), or raise max-exposure.",
};
/** A scored unit at or above annotate-exposure (within the limits). */
const UNIT_RULE = {
    id: "unit-exposure",
    severity: "warning",
    summary: "A service whose exposure (as systemd-analyze security scores it) is at or above annotate-exposure.",
    details: "The result names the costliest checks and the line that decided each; lower it with the drop-in harden-units proposes (`harden-units fix`), or raise annotate-exposure.",
};
const WEAK_SETTING_RULE = {
    id: "weak-setting",
    severity: "notice",
    summary: "A line that explicitly sets a weak sandboxing value (ProtectSystem=no, User=root, a capability or address family kept, a system call filter that misses dangerous groups).",
    details: "The result names the checks the line leaves failing, their cost and the remedy.",
};
const INCREASE_RULE = {
    id: "exposure-increase",
    severity: "error",
    summary: "A line that raises a unit's exposure over its base's (fail-on-increase).",
    details: "The result names the checks the line now decides worse and what each costs.",
};
const ANNOTATION_RULES = [
    EXPOSURE_RULE,
    UNIT_RULE,
    WEAK_SETTING_RULE,
    INCREASE_RULE,
];
function rule(r, informationUri) {
    return {
        id: r.id,
        name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c) => c.toUpperCase()),
        shortDescription: { text: r.summary },
        fullDescription: { text: r.details },
        helpUri: `${informationUri}/blob/main/docs/rules.md#${r.id}`,
        help: { text: `${r.summary} ${r.details}`, markdown: `**${r.summary}**\n\n${r.details}` },
        defaultConfiguration: { level: sarif_LEVEL[r.severity] },
        properties: { tags: ["security", "systemd"], precision: "very-high" },
    };
}
function sarif_location(path, f, line = 1) {
    const region = f ? locate(f) : { line, column: 1, endLine: line, endColumn: 1 };
    return {
        physicalLocation: {
            artifactLocation: { uri: encodeURI(path) },
            region: {
                startLine: region.line,
                startColumn: region.column,
                endLine: region.endLine,
                endColumn: Math.max(region.endColumn, region.column),
            },
        },
    };
}
/** What identifies a unit's or a line's result across runs: the unit and the rule's subject, not the line or the exposure. */
function fingerprintOf(a) {
    const id = a.kind === "unit-exposure"
        ? `unit\n${a.unitPath}`
        : `${a.rule}\n${a.unitPath}\n${a.path}\n${a.title}`;
    let h = 0x811c9dc5;
    for (const c of new TextEncoder().encode(id))
        h = Math.imul(h ^ c, 0x01000193) >>> 0;
    return h.toString(16).padStart(8, "0");
}
function sarifLog(reports, options) {
    const rules = [...RULES, ...ANNOTATION_RULES];
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const results = [];
    for (const r of reports) {
        for (const f of r.findings) {
            results.push({
                ruleId: f.id,
                ruleIndex: index.get(f.id) ?? 0,
                level: sarif_LEVEL[f.severity],
                message: { text: f.message },
                locations: [sarif_location(f.path, f)],
                ...(f.suppressed !== undefined && {
                    suppressions: [{ kind: "inSource", justification: f.suppressed }],
                }),
            });
        }
    }
    for (const a of options.annotations ?? []) {
        if (a.kind === "finding")
            continue;
        results.push({
            ruleId: a.rule,
            ruleIndex: index.get(a.rule),
            level: ANNOTATION_LEVEL[a.level],
            message: { text: a.message },
            locations: [sarif_location(a.path, undefined, a.line)],
            partialFingerprints: { "harden-units/v1": fingerprintOf(a) },
        });
    }
    return {
        $schema: "https://json.schemastore.org/sarif-2.1.0.json",
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: "harden-units",
                        version: options.version,
                        semanticVersion: options.version,
                        informationUri: options.informationUri,
                        rules: rules.map((r) => rule(r, options.informationUri)),
                    },
                },
                results,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./build/src/version.js

/** The version of harden-units, from package.json (inlined by the bundler). */
const src_version_VERSION = package_namespaceObject.rE;
/** Where users read about harden-units (SARIF's informationUri, links in reports). */
const INFORMATION_URI = "https://github.com/harden-units/harden-units";

;// CONCATENATED MODULE: ./build/src/github/outputs.js
/** What a run leaves behind: the job summary, the JSON report, the SARIF log and the step's outputs. */










/** The step's outputs, as action.yml names them (a test checks them against it). */
const OUTPUTS = {
    maxExposure: "max-exposure",
    units: "units",
    findings: "findings",
    report: "report",
    dropins: "dropins",
    commitSha: "commit-sha",
};
/** The job summary; a runner without one is told in the log, never a failure. */
async function writeJobSummary(runner, markdown) {
    await runner
        .writeSummary(markdown)
        .catch((e) => runner.info(`harden-units: no job summary (${describeError(e)})`));
}
/** Each unit's base exposure, as the text and JSON formats take it (pull requests; none for new units). */
function baseExposureExtras(base) {
    return new Map([...base].map(([p, u]) => [p, { baseExposure: u.exposure }]));
}
function withinWorkspace(workspace, rel) {
    const abs = external_node_path_namespaceObject.resolve(workspace, rel);
    const root = (0,external_node_fs_namespaceObject.realpathSync)(workspace);
    if (abs !== root &&
        !abs.startsWith(root + external_node_path_namespaceObject.sep) &&
        !abs.startsWith(external_node_path_namespaceObject.resolve(workspace) + external_node_path_namespaceObject.sep)) {
        throw new config_ConfigError(`the path ${rel} leaves the workspace`);
    }
    return abs;
}
/** The JSON report in the runner's temporary folder (its path is returned) and the SARIF log when one is asked for. */
function writeReportFiles(reports, base, where) {
    const dir = external_node_path_namespaceObject.join(where.tempDir || (0,external_node_os_namespaceObject.tmpdir)(), "harden-units");
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    const reportPath = external_node_path_namespaceObject.join(dir, "report.json");
    (0,external_node_fs_namespaceObject.writeFileSync)(reportPath, JSON.stringify(jsonReport(reports, src_version_VERSION, baseExposureExtras(base)), null, 2) + "\n");
    if (where.file) {
        const sarifPath = withinWorkspace(where.workspace, where.file);
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_namespaceObject.dirname(sarifPath), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(sarifPath, JSON.stringify(sarifLog(reports, {
            version: src_version_VERSION,
            informationUri: INFORMATION_URI,
            annotations: where.annotations,
        }), null, 2) + "\n");
    }
    return reportPath;
}
/** The step's outputs (action.yml lists them). */
function setOutputs(runner, reports, reportPath, fix) {
    const scored = reports.filter((r) => r.score);
    runner.setOutput(OUTPUTS.maxExposure, scored.length > 0 ? formatExposure(Math.max(...scored.map((r) => r.score.exposure))) : "");
    runner.setOutput(OUTPUTS.units, scored.length);
    runner.setOutput(OUTPUTS.findings, reports.reduce((n, r) => n +
        r.findings.filter((f) => f.suppressed === undefined && SEVERITY_RANK[f.severity] > 0)
            .length, 0));
    runner.setOutput(OUTPUTS.report, reportPath);
    setFixOutputs(runner, fix);
}
/** The outputs of the fix: the drop-in paths and the commit. */
function setFixOutputs(runner, fix) {
    runner.setOutput(OUTPUTS.dropins, JSON.stringify(fix.paths));
    runner.setOutput(OUTPUTS.commitSha, fix.committed ?? "");
}

;// CONCATENATED MODULE: ./build/src/github/runner.js
/**
 * The step's side of the runner protocol: inputs from INPUT_* variables, workflow commands on
 * stdout (annotations, masks), outputs in the GITHUB_OUTPUT file, the job summary. The same
 * protocol and escaping as @actions/core (test/runner.test.ts compares them call by call);
 * ours because @actions/core's module also loads an HTTP client (undici, for OIDC tokens) that
 * would be most of the bundle and that the action never uses.
 */




const runner_text = (v) => v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
/** A workflow command on stdout, where the runner reads it. */
function issueCommand(command, properties, message) {
    process.stdout.write(commandLine(command, properties, runner_text(message)) + external_node_os_namespaceObject.EOL);
}
/** An input as the runner passes it (INPUT_ + the name in upper case, spaces as _), trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
/** Masks a value in the log from now on. */
function setSecret(secret) {
    issueCommand("add-mask", {}, secret);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function debug(message) {
    issueCommand("debug", {}, message);
}
function annotation(kind, message, p = {}) {
    issueCommand(kind, {
        title: p.title,
        file: p.file,
        line: p.startLine,
        endLine: p.endLine,
        col: p.startColumn,
        endColumn: p.endColumn,
    }, message);
}
const error = (message, properties) => annotation("error", message, properties);
const warning = (message, properties) => annotation("warning", message, properties);
const notice = (message, properties) => annotation("notice", message, properties);
/** Fails the step with one error line. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends to one of the runner's command files (GITHUB_OUTPUT, ...), which must exist. */
function appendToFileCommand(command, message) {
    const file = process.env[`GITHUB_${command}`];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${command}`);
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: "utf8" });
}
/** Sets a step output: a `name<<delimiter` block in GITHUB_OUTPUT (a workflow command without it). */
function setOutput(name, value) {
    if (!process.env.GITHUB_OUTPUT) {
        process.stdout.write(external_node_os_namespaceObject.EOL);
        issueCommand("set-output", { name }, runner_text(value));
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
    const v = runner_text(value);
    if (name.includes(delimiter) || v.includes(delimiter))
        throw new Error(`Unexpected input: the output ${name} contains the delimiter`);
    appendToFileCommand("OUTPUT", `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${v}${external_node_os_namespaceObject.EOL}${delimiter}`);
}
/** The job summary: Markdown appended to the GITHUB_STEP_SUMMARY file. */
class Summary {
    buffer = "";
    addRaw(markdown) {
        this.buffer += markdown;
        return this;
    }
    async write() {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");
        try {
            (0,external_node_fs_namespaceObject.accessSync)(file, external_node_fs_namespaceObject.constants.R_OK | external_node_fs_namespaceObject.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        (0,external_node_fs_namespaceObject.appendFileSync)(file, this.buffer, { encoding: "utf8" });
        this.buffer = "";
    }
}
const summary = new Summary();
/** This process's runner: the functions above. */
const processRunner = {
    getInput,
    setSecret,
    info,
    debug,
    notice,
    setFailed,
    setOutput,
    writeSummary: (markdown) => summary.addRaw(markdown).write(),
};

;// CONCATENATED MODULE: ./build/src/settings.js
/**
 * Every input of the action, read once and strictly. The input names live here only (a test
 * checks them against action.yml). The values that the policy file may also set are validated by
 * the shared resolver (core/config.ts) and resolved there once the policy is read: action.yml
 * gives them no `default:`, so an input the workflow sets always wins over the policy file.
 */


const INPUTS = {
    githubToken: "github-token",
    files: "files",
    scope: "scope",
    maxExposure: "max-exposure",
    failOnIncrease: "fail-on-increase",
    failOn: "fail-on",
    fix: "fix",
    hardeningBranch: "hardening-branch",
    profile: "profile",
    dropinName: "dropin-name",
    systemdVersion: "systemd-version",
    annotateExposure: "annotate-exposure",
    config: "config",
    sarifFile: "sarif-file",
    commitToken: "commit-token",
    checkName: "check-name",
};
/** The outputs' names (set in github/outputs.ts). */

/** An input that is not valid (the same class as the resolver's, so one catch serves both). */
const InputError = (/* unused pure expression or super */ null && (ConfigError));
/** Reads and checks every input; `getInput` returns "" for an input that is not set. */
function readSettings(getInput) {
    const raw = (name) => getInput(name).trim();
    const given = readGiven((name) => raw(name), INPUT_WORDING);
    return Object.freeze({
        token: raw(INPUTS.githubToken),
        commitToken: raw(INPUTS.commitToken) || null,
        sarifFile: raw(INPUTS.sarifFile) || null,
        checkName: raw(INPUTS.checkName) || DEFAULTS.checkName,
        given,
    });
}

;// CONCATENATED MODULE: ./build/src/main.js
/**
 * The action: settings -> context -> scan -> fix -> report -> outputs -> gate. The one error
 * boundary: whatever goes wrong is one line through runner.setFailed, never a stack trace. Writes
 * GitHub refuses (a fork's read-only token, missing permissions) never fail the step by
 * themselves: each step returns what it could not do, and the summary says it once.
 */

















const PROCESS = { runner: processRunner, env: process.env, createApi: createApi };
async function run(deps = PROCESS) {
    const { runner, env } = deps;
    try {
        const settings = readSettings((name) => runner.getInput(name));
        for (const token of [settings.token, settings.commitToken])
            if (token)
                runner.setSecret(token);
        const ctx = readRunContext(env);
        runner.info(`harden-units ${src_version_VERSION}: ${describeRun(ctx)}`);
        const apis = connect(deps, settings, ctx);
        if (ctx.eventName === "issue_comment")
            return await answerComment(runner, ctx, apis, settings);
        const pull = ctx.pull;
        const scanned = await scanHead(ctx, apis.api, settings.given, pull);
        const { reports, config } = scanned;
        const gate = gateFailures(reports, gateOptions(config, scanned.base));
        // fix: pull-request opens the hardening pull request on schedule, workflow_dispatch and pushes to the default branch; on a pull request it posts nothing.
        const fix = pull && (config.fix === "suggest" || config.fix === "commit")
            ? await fixPullRequest(apis, config.fix, pull, scanned)
            : hardeningPullRequestApplies(ctx, config.fix)
                ? await hardeningPullRequest(apis, ctx, scanned)
                : proposedOnly(reports);
        if (fix.notice)
            runner.notice(fix.notice.message, { title: fix.notice.title });
        const annotated = annotate(reports, actionAnnotateOptions(scanned, gate, pull !== null));
        const summary = (notes) => summaryMarkdown(reports, {
            link: fileLink(ctx, scanned.head.sha),
            base: scanned.base,
            gate,
            annotations: annotated,
            notes: [...notes],
        });
        const annotations = annotated.map(checkAnnotation);
        const reporter = checkRunReporter(apis.api, settings.checkName, workflowCommandReporter((line) => runner.info(line)));
        const notes = [...scanned.notes, ...fix.notes];
        const reported = await reporter.report(scanned.head.sha, {
            title: checkTitle(reports, annotations.length),
            summary: summary(notes),
            annotations,
            failed: gate.length > 0,
        });
        runner.info(formatText(reports, baseExposureExtras(scanned.base), { topChecks: 10 }));
        await writeJobSummary(runner, summary([...notes, ...reported.notes]));
        setOutputs(runner, reports, writeReportFiles(reports, scanned.base, {
            tempDir: env.RUNNER_TEMP ?? "",
            workspace: ctx.workspace,
            file: settings.sarifFile,
            annotations: annotated,
        }), fix);
        if (gate.length > 0)
            runner.setFailed(`harden-units: ${gateLine(gate)}`);
    }
    catch (e) {
        const known = e instanceof config_ConfigError || e instanceof EventError || e instanceof PolicyFileError;
        runner.setFailed(`harden-units: ${known ? e.message : `the scan could not run: ${describeError(e)}${requestOf(e)}`}`);
    }
}
/** The API clients: the token's, and the commit token's for fix commits (the same without one). */
function connect(deps, settings, ctx) {
    const { runner } = deps;
    // HARDEN_UNITS_API_TIMEOUT_MS: the timeout of one API attempt (default 30 s), for a slow GitHub Enterprise Server and for tests.
    const timeoutMs = Number(deps.env.HARDEN_UNITS_API_TIMEOUT_MS) || undefined;
    const client = (token) => deps.createApi({
        token,
        baseUrl: ctx.apiUrl,
        owner: ctx.owner,
        repo: ctx.repo,
        log: (m) => runner.info(m),
        debug: (m) => runner.debug(m),
        ...(timeoutMs && { timeoutMs }),
    });
    const api = settings.token ? client(settings.token) : offlineApi("no github-token was given");
    return {
        api,
        commitApi: settings.commitToken ? client(settings.commitToken) : api,
        checkName: settings.checkName,
        commitsStartRuns: settings.commitToken !== null,
    };
}
/** An issue comment: `/harden-units fix` commits the drop-ins; any other comment is none of ours. */
async function answerComment(runner, ctx, apis, settings) {
    if (!ctx.command)
        return runner.info("harden-units: the comment is not a /harden-units command; nothing to do");
    const outcome = await runCommand(ctx, ctx.command, apis, settings.given);
    if (outcome.done)
        setFixOutputs(runner, outcome.fix);
    else
        runner.info(outcome.log);
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(857);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
